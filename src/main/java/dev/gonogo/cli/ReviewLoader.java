package dev.gonogo.cli;

import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.Status;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceDocument;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads and parses every review of a content folder. A file that cannot be read or parsed still yields a review:
 * an empty model whose problems say why, so one broken file never stops a site build.
 */
final class ReviewLoader {
    private final SourceReader reader;
    private final ReviewParser parser;

    ReviewLoader(SourceReader reader, ReviewParser parser) {
        this.reader = reader;
        this.parser = parser;
    }

    /** A parsed review and the text it was parsed from (empty when the file could not be read). */
    record Loaded(Review review, String text) {
    }

    /**
     * The Markdown files ({@code *.md}, {@code *.markdown}) under a folder, in path order, skipping hidden
     * files and folders.
     *
     * @throws InputException when the folder does not exist or cannot be listed
     */
    static List<Path> markdownFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException("content folder not found: " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> isMarkdown(file) && !isHidden(folder.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot list content folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Loads one file; {@code displayPath} is the path reviews and findings name it by. */
    Loaded load(Path file, String displayPath) {
        SourceDocument document;
        try {
            document = reader.read(file, displayPath);
        } catch (InputException e) {
            return new Loaded(unreadable(displayPath, e.getMessage()), "");
        }
        try {
            return new Loaded(parser.parse(document), document.text());
        } catch (RuntimeException e) {
            // the parser never throws on bad Markdown; if it does anyway, that is a gonogo bug, not the file's
            return new Loaded(unreadable(displayPath, "internal error while parsing: " + e), document.text());
        }
    }

    private static Review unreadable(String path, String message) {
        return new Review(new SourceInfo(path, "unknown", false, "none", false, 0, 0), "", 0, List.of(), null,
                null, null, Status.NONE, List.of(), List.of(), List.of(), null, List.of(), null, List.of(), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new Problem(0, message)));
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
