package dev.gonogo.parse;

import dev.gonogo.model.SourceInfo;
import dev.gonogo.source.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds {@link SourceDocument}s for parser tests from text or from UTF-8 test resources. */
final class Documents {

    private Documents() {
    }

    static SourceDocument of(String text) {
        return of("test.md", text);
    }

    static SourceDocument of(String path, String text) {
        return new SourceDocument(new SourceInfo(path, "UTF-8", false, "LF", false,
                text.getBytes(StandardCharsets.UTF_8).length, text.split("\n", -1).length), text);
    }

    /** A UTF-8 resource on the test class path, such as {@code /fixtures/parse/english-review.md}. */
    static SourceDocument resource(String name) {
        try (InputStream in = Documents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return of(name.substring(name.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
