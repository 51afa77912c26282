package dev.gonogo.source;

import dev.gonogo.model.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads review files into text, detecting the encoding and repairing mojibake. Thread-safe: it holds only
 * its immutable limits and stateless helpers.
 *
 * <p>{@link SourceInfo#encoding()} uses this vocabulary:
 * <ul>
 *   <li>{@code UTF-8} — clean UTF-8 (a byte-order mark is reported in {@link SourceInfo#bom()}, not here);</li>
 *   <li>{@code UTF-8 (repaired: Mac Roman mojibake)}, likewise {@code Windows-1252}, {@code Latin-1} and
 *       {@code Windows-1251} mojibake; repeated or stacked damage reads e.g.
 *       {@code UTF-8 (repaired: Windows-1252 mojibake ×2)}, and spots left damaged are counted:
 *       {@code UTF-8 (repaired: Mac Roman mojibake; 1 spot could not be repaired)} —
 *       {@link SourceInfo#repaired()} is then true;</li>
 *   <li>{@code windows-1251}, {@code KOI8-R}, {@code windows-1252} — a single-byte code page (the canonical
 *       charset name); Latin-1 text is reported as {@code windows-1252}, its superset;</li>
 *   <li>{@code UTF-16LE}, {@code UTF-16BE} — with or without a byte-order mark.</li>
 * </ul>
 * The text has the byte-order mark removed and keeps the file's line endings (CRLF stays CRLF);
 * {@link SourceInfo#lineEnding()} says which were found.
 */
public final class SourceReader {
    private final SourceLimits limits;
    private final TextDecoder decoder = new TextDecoder();

    /** A reader with {@link SourceLimits#defaults()}. */
    public SourceReader() {
        this(SourceLimits.defaults());
    }

    public SourceReader(SourceLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads and decodes a file.
     *
     * @param file        the file
     * @param displayPath the path to report (as the user gave it, '/' separators)
     * @throws InputException when the file is missing, unreadable, too large or its bytes cannot be decoded
     */
    public SourceDocument read(Path file, String displayPath) {
        return decode(readBytes(file, displayPath), displayPath);
    }

    /** Decodes bytes already read; same rules as {@link #read}. */
    public SourceDocument decode(byte[] bytes, String displayPath) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(displayPath, "displayPath");
        checkSize(bytes.length, displayPath);
        Decoded decoded = decoder.decode(bytes, displayPath);
        LineEndings endings = LineEndings.of(decoded.text());
        SourceInfo info = new SourceInfo(displayPath, decoded.encoding(), decoded.bom(), endings.style(),
                decoded.repaired(), bytes.length, endings.lines());
        return new SourceDocument(info, decoded.text());
    }

    private byte[] readBytes(Path file, String displayPath) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new InputException(displayPath + ": is a directory, not a file");
        }
        try {
            if (Files.isRegularFile(file)) {
                checkSize(Files.size(file), displayPath);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded even when the size was unknown (a pipe) or the file grew since it was measured.
                byte[] bytes = in.readNBytes(Math.toIntExact(limits.maxBytes() + 1));
                checkSize(bytes.length, displayPath);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(displayPath + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(displayPath + ": permission denied", e);
        } catch (FileSystemException e) {
            // getMessage() would repeat the absolute path; the reason alone ("Too many levels of symbolic links") suffices.
            throw new InputException(displayPath + ": cannot read: "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
        } catch (IOException e) {
            throw new InputException(displayPath + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void checkSize(long size, String displayPath) {
        if (size > limits.maxBytes()) {
            throw new InputException(displayPath + ": file is " + SourceLimits.describe(size)
                    + ", above the limit of " + SourceLimits.describe(limits.maxBytes()));
        }
    }
}
