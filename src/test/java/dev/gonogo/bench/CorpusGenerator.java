package dev.gonogo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes N reviews derived from the seed, and the ground truth of which must raise which error-level findings.
 * Review {@code i} depends only on the random seed and {@code i}, so the first 100 reviews of a 1,000-review corpus
 * are the 100-review corpus. About 10% have matrix weights that do not total 100% ({@code weights-sum}, line of the
 * table), about 20% state an overall score the matrix does not give ({@code score-mismatch}, line of the statement);
 * the rest are consistent. Five versions per system, so the site has trends.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes dev.gonogo.bench.CorpusGenerator N OUT_DIR [SEED]},
 * from the project folder (it reads {@code content/prr-x0tta6bl4-v3.4.0.md}).
 */
public final class CorpusGenerator {
    /** The seed review the corpus is derived from, relative to the project folder. */
    public static final Path SEED = Path.of("content", "prr-x0tta6bl4-v3.4.0.md");
    /** The ground truth file written beside the reviews: path, rule, line; tab-separated; a header line. */
    public static final String GROUND_TRUTH = "ground-truth.tsv";
    public static final long DEFAULT_SEED = 20260110L;

    private static final List<String> WORDS = List.of("ledger", "payments", "billing", "auth", "catalog", "search",
            "mesh", "notify", "inventory", "checkout", "gateway", "telemetry", "scheduler", "storage", "identity",
            "x0tta6bl4");
    private static final int VERSIONS_PER_SYSTEM = 5;
    private static final LocalDate FIRST_DATE = LocalDate.of(2026, 1, 12);

    private final List<String> seedLines;
    private final long randomSeed;

    public CorpusGenerator(List<String> seedLines, long randomSeed) {
        this.seedLines = List.copyOf(seedLines);
        this.randomSeed = randomSeed;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: CorpusGenerator N OUT_DIR [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        CorpusGenerator generator = new CorpusGenerator(Files.readAllLines(SEED, StandardCharsets.UTF_8), seed);
        List<PlantedError> truth = generator.write(count, Path.of(args[1]));
        System.out.printf(Locale.ROOT, "%d reviews, %d planted errors in %s%n", count, truth.size(), args[1]);
    }

    /** Writes reviews {@code 0..count-1} and the ground truth into {@code folder}; returns the ground truth. */
    public List<PlantedError> write(int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<PlantedError> truth = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VariantSpec spec = spec(i);
            List<String> lines = SeedVariant.of(seedLines, spec, random(i, 1));
            String name = fileName(spec);
            Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            if (!spec.planted().isEmpty()) {
                truth.add(new PlantedError(name, spec.planted(), plantedLine(lines, spec.planted())));
            }
        }
        truth.sort(PlantedError.ORDER);
        List<String> tsv = new ArrayList<>();
        tsv.add("path\trule\tline");
        truth.forEach(error -> tsv.add(error.path() + "\t" + error.rule() + "\t" + error.line()));
        Files.write(folder.resolve(GROUND_TRUTH), tsv, StandardCharsets.UTF_8);
        return List.copyOf(truth);
    }

    /** The file name of a review: {@code prr-<system>-<version>.md}. */
    static String fileName(VariantSpec spec) {
        return "prr-" + spec.system() + "-" + spec.version() + ".md";
    }

    /** What review {@code i} states. */
    VariantSpec spec(int i) {
        SplittableRandom random = random(i, 0);
        int system = i / VERSIONS_PER_SYSTEM;
        int step = i % VERSIONS_PER_SYSTEM;
        String name = WORDS.get(system % WORDS.size()) + "-" + (system / WORDS.size() + 1);
        String version = String.format(Locale.ROOT, "%d.%d.%d", 1 + step / 3, step % 3, random.nextInt(4));
        LocalDate date = FIRST_DATE.plusDays(system % 90 + 21L * step);
        List<Integer> weights = weights(random);
        List<Integer> scores = random.ints(weights.size(), 50, 101).boxed().toList();
        int roll = random.nextInt(100);
        String planted = roll < 10 ? "weights-sum" : roll < 30 ? "score-mismatch" : "";
        if (planted.equals("weights-sum")) {
            weights = wrongWeights(weights, random);
        }
        BigDecimal computed = SeedVariant.weighted(weights, scores);
        String stated = planted.equals("score-mismatch") ? wrongStated(computed, random) : stated(computed, random);
        return new VariantSpec(name, version, date, random.nextBoolean(), weights, scores, stated, planted);
    }

    /** Five weights in steps of 5, each at least 5, totalling 100. */
    private static List<Integer> weights(SplittableRandom random) {
        int[] units = {1, 1, 1, 1, 1};
        for (int left = 20 - units.length; left > 0; left--) {
            units[random.nextInt(units.length)]++;
        }
        List<Integer> weights = new ArrayList<>();
        for (int unit : units) {
            weights.add(unit * 5);
        }
        return weights;
    }

    /** One weight 5 points too high or too low (never below 5): the total becomes 95 or 105. */
    private static List<Integer> wrongWeights(List<Integer> weights, SplittableRandom random) {
        List<Integer> wrong = new ArrayList<>(weights);
        int row = random.nextInt(wrong.size());
        int delta = wrong.get(row) > 5 && random.nextBoolean() ? -5 : 5;
        wrong.set(row, wrong.get(row) + delta);
        return wrong;
    }

    /** The computed score as an author would write it: 0, 1 or 2 decimals rounded half-up, or approximately. */
    private static String stated(BigDecimal computed, SplittableRandom random) {
        int style = random.nextInt(10);
        if (style == 0) {
            return "~" + computed.setScale(0, RoundingMode.HALF_UP).add(BigDecimal.valueOf(random.nextInt(5) - 2))
                    .toPlainString();
        }
        int decimals = style < 4 ? 0 : style < 8 ? 1 : 2;
        return computed.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A stated score the matrix does not give: off by 1–5 units of its last written digit, or written approximately
     * and at least 3.5 points off (the default tolerance is 2.5).
     */
    private static String wrongStated(BigDecimal computed, SplittableRandom random) {
        int sign = random.nextBoolean() ? 1 : -1;
        if (random.nextInt(10) == 0) {
            return "~" + computed.setScale(0, RoundingMode.HALF_UP).add(BigDecimal.valueOf(sign * (4 + random.nextInt(5))))
                    .toPlainString();
        }
        int decimals = random.nextInt(2);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal off = unit.multiply(BigDecimal.valueOf(sign * (1 + random.nextInt(5))));
        return computed.setScale(decimals, RoundingMode.HALF_UP).add(off).toPlainString();
    }

    private static int plantedLine(List<String> lines, String rule) {
        String marker = rule.equals("weights-sum") ? "| Критерий |" : "**Overall Score:**";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(marker)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no line for " + rule);
    }

    /** An independent random stream per review and purpose, so adding a draw to one never shifts the others. */
    private SplittableRandom random(int review, int purpose) {
        return new SplittableRandom(randomSeed * 1_000_003L + review * 2L + purpose);
    }

    /** Reads the seed review from the project folder. */
    public static CorpusGenerator fromProjectSeed(long randomSeed) {
        try {
            return new CorpusGenerator(Files.readAllLines(SEED, StandardCharsets.UTF_8), randomSeed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
