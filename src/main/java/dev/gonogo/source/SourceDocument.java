package dev.gonogo.source;

import dev.gonogo.model.SourceInfo;
import java.util.Objects;

/**
 * A review file decoded into text.
 *
 * @param info how the bytes were decoded (and repaired)
 * @param text the decoded text, byte-order mark removed, line endings kept as in the file
 */
public record SourceDocument(SourceInfo info, String text) {
    public SourceDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
    }
}
