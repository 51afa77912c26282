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
     * Builds the whole site into an empty folder.
     *
     * @param folder   where to write the site
     * @param previous the last good build, which stays served until this one succeeds (so it must not change),
     *                 or {@code null} for the first build or after failures only
     * @param changed  the files that changed since the last build (content or theme); empty for the first build
     * @throws Exception anything: the server shows it on every page until a later build succeeds
     */
    void build(Path folder, Path previous, Set<Path> changed) throws Exception;
}
