package dev.gonogo.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is written in one place (the pom). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = version();
        return new String[] {"gonogo " + (version.isEmpty() ? "development build" : version)};
    }

    /** The version from the jar manifest; empty when running from classes (tests, the IDE). */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }
}
