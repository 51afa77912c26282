package dev.gonogo.cli;

import dev.gonogo.history.format.DiffWriter;
import dev.gonogo.history.format.JsonDiffWriter;
import dev.gonogo.history.format.MarkdownDiffWriter;
import dev.gonogo.history.format.TextDiffWriter;
import java.util.function.Supplier;

/** The output formats of {@code gonogo diff}. */
enum DiffFormat {
    text(TextDiffWriter::new),
    markdown(MarkdownDiffWriter::new),
    json(JsonDiffWriter::new);

    private final Supplier<DiffWriter> writer;

    DiffFormat(Supplier<DiffWriter> writer) {
        this.writer = writer;
    }

    DiffWriter writer() {
        return writer.get();
    }
}
