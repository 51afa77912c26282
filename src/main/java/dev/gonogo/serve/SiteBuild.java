package dev.gonogo.serve;

import java.nio.file.Path;
import java.util.Set;

/**
 * Builds the site for the dev server. The command line implements it with the real pipeline and site generator;
 * it may keep what it read last time and redo only the work the changed files need.
 */
@FunctionalInterface
public interface SiteBuild {

    /**
     * Builds the site into an empty folder, or there only the files that differ from the previous build's.
     *
     * @param folder   where to write
     * @param previous the last good build, which stays served until this one succeeds (so its folders must not
     *                 change), or {@code null} for the first build or after failures only
     * @param changed  the files that changed since the last build (content or theme); empty for the first build
     * @return the site to serve: {@code folder} alone, or laid over folders of {@code previous}
     * @throws Exception anything: the server shows it on every page until a later build succeeds
     */
    SiteLayers build(Path folder, SiteLayers previous, Set<Path> changed) throws Exception;
}
