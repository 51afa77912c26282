package dev.gonogo.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a site's files through a temporary file and a rename, so a file is replaced rather than rewritten in place:
 * a folder laid over or linked to an earlier build ({@code serve}) never changes that build's files.
 */
final class SiteFiles {

    private SiteFiles() {
    }

    static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #write(Path, String)} for text already encoded as UTF-8. */
    static void write(Path file, byte[] utf8) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, utf8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
