package dev.gonogo.cli;

import dev.gonogo.model.Review;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.report.json.ModelJsonWriter;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonogo model FILE...}: prints the parsed model as JSON. */
@Command(name = "model", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = "Print the model of review files as JSON (one object for one file, an array for several). "
                + "'gonogo schema' prints its JSON Schema.")
final class ModelCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Review files (Markdown).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SourceReader reader = new SourceReader();
        ReviewParser parser = new ReviewParser(Vocabulary.defaults());
        // Every file is read before anything is printed: a bad file gives one error line and no partial JSON.
        List<Review> reviews = files.stream()
                .map(file -> parser.parse(reader.read(file, displayPath(file))))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        new ModelJsonWriter().write(reviews, out);
        return ExitCode.OK;
    }

    /** The path as the user gave it, with '/' separators on every platform. */
    static String displayPath(Path file) {
        return file.toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
