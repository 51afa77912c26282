package dev.gonogo.site;

import java.io.Writer;

/**
 * A {@link java.io.StringWriter} without its lock: StringWriter appends to a synchronized {@code StringBuffer},
 * and FreeMarker writes a page in thousands of small pieces, each paying for the lock (1.4% of a cold build).
 * For one thread at a time, as one page is rendered.
 */
final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    StringBuilderWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        text.append(buffer, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
