package dev.gonogo.source;

import java.util.Locale;

/**
 * Bounds on what {@link SourceReader} accepts, so one oversized file fails clearly instead of exhausting memory.
 *
 * @param maxBytes the largest file, in bytes, that is read; larger files are an input error
 */
public record SourceLimits(long maxBytes) {

    /** 64 MiB: far above any real review (the largest seen are tens of KB), low enough to stay in a small heap. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public SourceLimits {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        if (maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must fit in one array: " + maxBytes);
        }
    }

    /** A size for messages: {@code 512 bytes}, {@code 8.0 KiB}, {@code 64.0 MiB (67108864 bytes)}. */
    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB (%d bytes)", bytes / 1024.0, bytes);
        }
        return String.format(Locale.ROOT, "%.1f MiB (%d bytes)", bytes / (1024.0 * 1024), bytes);
    }

    /** The limits used when none are given. */
    public static SourceLimits defaults() {
        return new SourceLimits(DEFAULT_MAX_BYTES);
    }
}
