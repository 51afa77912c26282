package dev.gonogo.cli;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.Status;
import dev.gonogo.pipeline.CheckedDocument;
import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.pipeline.UnreadableFile;
import dev.gonogo.site.ReviewSource;
import dev.gonogo.site.cache.Digests;
import dev.gonogo.site.page.ReviewDocument;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads, parses and checks the reviews of a site with the shared {@link ReviewPipeline}, keeping each decoded text
 * for the source view. A file that cannot be read does not stop the run: it becomes an empty review whose problem
 * says why, so one broken file never stops a site build, and it is remembered for the command to report. One
 * loader per build.
 */
final class ReviewLoader {
    private final ReviewPipeline pipeline;
    private final Queue<UnreadableFile> unreadable = new ConcurrentLinkedQueue<>();

    ReviewLoader(ReviewPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The documents in the order of the files; files are independent, so they are loaded in parallel. */
    List<ReviewDocument> load(List<ReviewFile> files) {
        return files.parallelStream().map(this::load).toList();
    }

    /** The files (in source-path order) as a build reads them: a batch at a time, each batch in parallel. */
    ReviewSource source(List<ReviewFile> files) {
        List<ReviewFile> all = List.copyOf(files);
        return new ReviewSource() {
            @Override
            public int size() {
                return all.size();
            }

            @Override
            public List<ReviewDocument> load(int from, int to) {
                return ReviewLoader.this.load(all.subList(from, to));
            }

            @Override
            public List<ReviewDocument> load(List<Integer> indices) {
                return ReviewLoader.this.load(indices.stream().map(all::get).toList());
            }

            @Override
            public Optional<String> digest(int index) {
                ReviewFile file = all.get(index);
                try {
                    byte[] bytes = Files.readAllBytes(file.file());
                    return Optional.of(Digests.of(file.displayPath().getBytes(StandardCharsets.UTF_8), bytes));
                } catch (IOException e) {
                    return Optional.empty();  // loading it reports why
                }
            }
        };
    }

    /** The files loaded so far that could not be read, in path order. */
    List<UnreadableFile> unreadable() {
        return unreadable.stream().sorted(Comparator.comparing(u -> u.file().displayPath())).toList();
    }

    private ReviewDocument load(ReviewFile file) {
        SourceDocument document;
        try {
            document = pipeline.reader().read(file.file(), file.displayPath());
        } catch (InputException e) {
            unreadable.add(new UnreadableFile(file, e.getMessage()));
            return new ReviewDocument(unreadable(file.displayPath(), e.getMessage()), "");
        }
        try {
            CheckedDocument checked = pipeline.checkKeepingTree(document);
            return new ReviewDocument(checked.result(), document.text(), checked.markdown());
        } catch (InputException e) {
            unreadable.add(new UnreadableFile(file, e.getMessage()));  // over the time limit
            return new ReviewDocument(unreadable(file.displayPath(), e.getMessage()), document.text());
        } catch (RuntimeException e) {
            // the parser never throws on bad Markdown and the checker catches its rules: this is a gonogo bug
            return new ReviewDocument(unreadable(file.displayPath(), "internal error while parsing: " + e),
                    document.text());
        }
    }

    private static ReviewResult unreadable(String path, String message) {
        Review review = new Review(new SourceInfo(path, "unknown", false, "none", false, 0, 0), "", 0, List.of(),
                null, null, null, Status.NONE, List.of(), List.of(), List.of(), null, List.of(), null, List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Problem(0, message)));
        return new ReviewResult(review, List.of());
    }
}
