package dev.gonogo.pipeline;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Checker;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.model.Review;
import dev.gonogo.parse.ParsedReview;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceDocument;
import dev.gonogo.source.SourceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Read → parse → check over many files: in parallel across the cores, results in the order of the files given.
 * When a file cannot be read, {@link #check} throws the error of the first such file (in that order), so a run is
 * deterministic; {@link #checkReadable} sets such files aside and checks the rest. Immutable and thread-safe; {@code gonogo check} and {@code gonogo build} share it.
 */
public final class ReviewPipeline {

    private final SourceReader reader;
    private final ReviewParser parser;
    private final Checker checker;
    private final DocumentTimeLimit timeLimit;

    public ReviewPipeline(SourceReader reader, ReviewParser parser, Checker checker) {
        this(reader, parser, checker, DocumentTimeLimit.DEFAULT);
    }

    public ReviewPipeline(SourceReader reader, ReviewParser parser, Checker checker, DocumentTimeLimit timeLimit) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** The pipeline a configuration describes: its vocabulary for the parser, its rule settings for the checker. */
    public static ReviewPipeline of(GonogoConfig config) {
        return new ReviewPipeline(new SourceReader(), new ReviewParser(config.parserVocabulary()),
                Rules.checker(config.checkSettings()));
    }

    /** Reads, parses and checks the files. */
    public CheckResult check(List<ReviewFile> files) {
        return check(files, UnaryOperator.identity());
    }

    /**
     * Reads, parses and checks the files, keeping of each result what {@code keep} returns — e.g.
     * {@link ReviewResult#outline()} — as soon as its file is checked, so that thousands of files never sit in
     * memory as full models at once.
     */
    public CheckResult check(List<ReviewFile> files, UnaryOperator<ReviewResult> keep) {
        List<ReviewResult> results = inParallel(files, file -> keep.apply(checkWithinLimit(file)));
        return new CheckResult(results, checker.ruleInfos());
    }

    /**
     * Like {@link #check(List, UnaryOperator)}, but a file that cannot be read — missing since it was listed,
     * unreadable, undecodable, over a limit — is set aside with its error instead of stopping the run, so one bad
     * file never hides what the others say.
     */
    public CheckedFiles checkReadable(List<ReviewFile> files, UnaryOperator<ReviewResult> keep) {
        List<ParallelWork.Outcome<ReviewResult>> outcomes =
                ParallelWork.outcomes(files.size(), i -> keep.apply(checkWithinLimit(files.get(i))));
        List<ReviewResult> results = new ArrayList<>();
        List<UnreadableFile> unreadable = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ParallelWork.Outcome<ReviewResult> outcome = outcomes.get(i);
            if (outcome.failure() instanceof InputException error) {
                unreadable.add(new UnreadableFile(files.get(i), error.getMessage()));
            } else {
                results.add(outcome.get());
            }
        }
        return new CheckedFiles(new CheckResult(results, checker.ruleInfos()), unreadable);
    }

    /** Reads and parses the files, without checking. */
    public List<Review> parse(List<ReviewFile> files) {
        return inParallel(files, this::parse);
    }

    /**
     * Parses and checks one document already decoded (what {@code build}, {@code diff} and {@code --fix} check);
     * an {@link dev.gonogo.source.InputException} when it takes longer than the time limit.
     */
    public ReviewResult check(SourceDocument document) {
        return checkKeepingTree(document).result();
    }

    /**
     * Like {@link #check(SourceDocument)}, keeping the Markdown tree the review was parsed from: a site build hands it
     * to the page renderer instead of parsing the text again.
     */
    public CheckedDocument checkKeepingTree(SourceDocument document) {
        return timeLimit.run(document.info().path(), () -> {
            ParsedReview parsed = parser.parseKeepingTree(document);
            return new CheckedDocument(checker.check(parsed.review()), parsed.markdown());
        });
    }

    public SourceReader reader() {
        return reader;
    }

    private ReviewResult checkWithinLimit(ReviewFile file) {
        return timeLimit.run(file.displayPath(), () -> checker.check(parse(file)));
    }

    private Review parse(ReviewFile file) {
        return parser.parse(reader.read(file.file(), file.displayPath()));
    }

    private static <T> List<T> inParallel(List<ReviewFile> files, Function<ReviewFile, T> work) {
        return ParallelWork.outcomes(files.size(), i -> work.apply(files.get(i))).stream()
                .map(ParallelWork.Outcome::get).toList();
    }
}
