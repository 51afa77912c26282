package dev.gonogo.history.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Finds the git repository a file lives in and keeps it open for later files of the same repository.
 * Read-only use; the environment ({@code GIT_DIR} …) is deliberately not read, so results depend on the files only.
 */
final class Repositories implements AutoCloseable {
    private final Map<Path, Repository> open = new ConcurrentHashMap<>();

    /** The repository whose work tree contains {@code file}, if any. */
    Optional<Repository> containing(Path file) throws IOException {
        return around(file.toAbsolutePath().normalize().getParent());
    }

    /** The repository whose work tree contains {@code directory} (or is it), if any. */
    Optional<Repository> around(Path directory) throws IOException {
        Path start = directory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Path gitDir = builder.getGitDir().toPath().toAbsolutePath().normalize();
        Repository repository = open.get(gitDir);
        if (repository == null) {
            Repository built = builder.setMustExist(true).build();
            repository = open.putIfAbsent(gitDir, built);
            if (repository == null) {
                repository = built;
            } else {
                built.close();
            }
        }
        return repository.isBare() ? Optional.empty() : Optional.of(repository);
    }

    /**
     * {@code file}'s path inside the repository's work tree, '/' separators; empty for the root. The file need not
     * exist (a deleted review): the nearest existing folder above it is resolved through symbolic links.
     *
     * @throws IOException when the file lies outside the work tree
     */
    static String relativePath(Repository repository, Path file) throws IOException {
        Path root = repository.getWorkTree().toPath().toRealPath();
        Path relative = root.relativize(realPath(file.toAbsolutePath().normalize()));
        if (relative.startsWith("..")) {
            throw new IOException(file + " is outside the repository " + root);
        }
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    private static Path realPath(Path absolute) throws IOException {
        Path existing = absolute;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    @Override
    public void close() {
        open.values().forEach(Repository::close);
        open.clear();
    }
}
