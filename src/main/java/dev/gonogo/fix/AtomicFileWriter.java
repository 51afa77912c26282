package dev.gonogo.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Replaces a file's contents all at once: the new bytes go to a temporary file in the same folder, which is then
 * renamed over the original ({@code ATOMIC_MOVE}). A reader sees the old file or the new one, never half of it;
 * on any failure the original is untouched and the temporary file removed.
 */
public final class AtomicFileWriter {

    /**
     * Writes {@code replacement} over {@code file}, provided the file still holds {@code expected}.
     *
     * @throws FixException when the file changed since it was read, or cannot be written
     */
    public void replace(Path file, byte[] expected, byte[] replacement, String displayPath) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            if (!Arrays.equals(Files.readAllBytes(file), expected)) {
                throw new FixException(displayPath + ": changed while gonogo was checking it; not fixed");
            }
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".gonogo-tmp");
            Files.write(temp, replacement);
            keepPermissions(file, temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (AtomicMoveNotSupportedException e) {
            throw new FixException(displayPath + ": the file system cannot replace files atomically; not fixed", e);
        } catch (IOException e) {
            throw new FixException(displayPath + ": cannot write the fix: " + e.getMessage() + "; not fixed", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A temporary file is created private (rw-------); the fixed file keeps the original's permissions. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null) {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The temporary file is hidden and named for gonogo; leaving it is harmless, hiding the real error is not.
        }
    }
}
