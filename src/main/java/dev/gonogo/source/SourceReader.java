package dev.gonogo.source;

import java.nio.file.Path;

/** Reads review files into text, detecting the encoding and repairing mojibake. Thread-safe. */
public final class SourceReader {

    /**
     * Reads and decodes a file.
     *
     * @param file        the file
     * @param displayPath the path to report (as the user gave it, '/' separators)
     * @throws InputException when the file is missing, unreadable, too large or its bytes cannot be decoded
     */
    public SourceDocument read(Path file, String displayPath) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Decodes bytes already read; same rules as {@link #read}. */
    public SourceDocument decode(byte[] bytes, String displayPath) {
        throw new UnsupportedOperationException("not built yet");
    }
}
