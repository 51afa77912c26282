package dev.gonogo.model;

import java.util.Objects;

/**
 * Where a review came from and how its bytes were turned into text.
 *
 * @param path        the path as given by the user (relative paths stay relative), with '/' separators
 * @param encoding    what was detected and repaired, e.g. {@code UTF-8}, {@code windows-1251},
 *                    {@code UTF-8 (repaired: Mac Roman mojibake)}
 * @param bom         whether the bytes started with a byte-order mark
 * @param lineEnding  {@code LF}, {@code CRLF}, {@code CR}, {@code mixed} or {@code none}
 * @param repaired    whether the text had to be repaired (mojibake undone)
 * @param bytes       the size of the file in bytes
 * @param lines       the number of lines of text
 */
public record SourceInfo(String path, String encoding, boolean bom, String lineEnding, boolean repaired, long bytes,
                         int lines) {
    public SourceInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lineEnding, "lineEnding");
    }

    /** True when the file was anything but clean UTF-8 without repair. */
    public boolean needsAttention() {
        return repaired || !encoding.startsWith("UTF-8");
    }
}
