package dev.gonogo.bench;

import dev.gonogo.check.Checker;
import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.model.Review;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceDocument;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-document cost of the stages before the site: reading and decoding a file, parsing it to the model, running
 * every rule. Inputs are the seed review (12.8 KB) as clean UTF-8 and as the Mac Roman mojibake it first arrived in
 * (decoding then includes detection and repair). Run with {@code bench/jmh.sh}; {@code mvn verify} never runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StageBenchmarks {

    /** The seed as written ({@code clean}) or as it arrived ({@code mojibake}). */
    @Param({"clean", "mojibake"})
    public String input;

    private final SourceReader reader = new SourceReader();
    private final ReviewParser parser = new ReviewParser(Vocabulary.defaults());
    private final Checker checker = Rules.checker(CheckSettings.defaults());
    private Path file;
    private SourceDocument document;
    private Review review;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        String resource = input.equals("clean") ? "/seed/prr-x0tta6bl4-v3.4.0.md" : "/seed/000_eca485751805e2a7.txt";
        file = Files.createTempFile("gonogo-bench-", ".md");
        try (var in = StageBenchmarks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Files.write(file, in.readAllBytes());
        }
        document = reader.read(file, "seed.md");
        review = parser.parse(document);
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads the file and decodes it (BOM, line endings, encoding detection, mojibake repair). */
    @Benchmark
    public SourceDocument readAndDecode() {
        return reader.read(file, "seed.md");
    }

    /** Parses decoded text into the review model. */
    @Benchmark
    public Review parse() {
        return parser.parse(document);
    }

    /** Runs every rule over a parsed review. */
    @Benchmark
    public ReviewResult checkAllRules() {
        return checker.check(review);
    }
}
