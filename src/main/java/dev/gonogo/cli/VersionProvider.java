package dev.gonogo.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is written in one place (the pom). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"gonogo " + (version == null ? "development build" : version)};
    }
}
