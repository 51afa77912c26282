package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Runs a writer into a string. */
final class Reports {
    private Reports() {
    }

    static String write(ReportWriter writer, CheckResult result) {
        StringWriter out = new StringWriter();
        try {
            writer.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
