package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a finished check result in one output format. Implementations are immutable and thread-safe; the same
 * result always gives the same characters (no timestamps, findings in {@link dev.gonogo.check.Finding#ORDER}).
 * Get one from {@link ReportWriters#create}.
 */
public interface ReportWriter {

    /** The format's name as given to {@code --format} ({@code text}, {@code sarif} …). */
    String format();

    /**
     * Writes the report of {@code result} to {@code out}, ending with a newline, and flushes it. The caller owns
     * the writer: it is not closed, and it must encode UTF-8 (the XML and JSON formats declare UTF-8).
     */
    void write(CheckResult result, Writer out) throws IOException;
}
