package dev.gonogo.check.rules;

import dev.gonogo.check.Decimals;
import dev.gonogo.check.FindingSink;
import dev.gonogo.check.MatrixArithmetic;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.check.StatedScores;
import dev.gonogo.check.VerdictBand;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code verdict-band}: the verdict written beside the score is the one the configured bands give for the computed
 * score. Runs only when bands are configured ({@code verdicts:} in gonogo.yml).
 */
public final class VerdictMatchesBandRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("verdict-band",
            "The verdict matches the band of the computed score", Severity.WARNING,
            "Teams agree on what score earns a Go; a review that states a Go under that bar, or a No-Go above it, "
                    + "either needs the reason written down or has the wrong verdict. Runs only with bands configured "
                    + "in gonogo.yml; the examples assume Go ≥ 90, Go with conditions ≥ 75, else No-Go.",
            """
            **Overall Score:** 80% (Go)
            """,
            """
            **Overall Score:** 80% (Go with conditions)
            """);

    private final List<VerdictBand> bands;

    /** @param bands the verdict bands; with none, the rule finds nothing */
    public VerdictMatchesBandRule(List<VerdictBand> bands) {
        this.bands = bands.stream().sorted(VerdictBand.HIGHEST_FIRST).toList();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        ScoreStatement statement = review.statedScore();
        if (bands.isEmpty() || statement == null) {
            return;
        }
        String verdict = statement.verdict().isBlank() && review.recommendation() != null
                ? review.recommendation().text() : statement.verdict();
        Optional<VerdictBand> stated = bandNamed(verdict);
        Optional<BigDecimal> score = percentScore(review, statement);
        if (stated.isEmpty() || score.isEmpty()) {
            return;
        }
        VerdictBand earned = bandOf(score.get());
        if (!earned.equals(stated.get())) {
            sink.report(statement.line(), statement.column(), String.format(Locale.ROOT,
                    "the verdict \"%s\" does not match the score: %s%% falls in the band \"%s\" (%s); state \"%s\" "
                            + "or explain the exception",
                    verdict.strip(), Decimals.plain(Decimals.round(score.get(), 2)), earned.verdict(),
                    describeBands(), earned.verdict()), List.of());
        }
    }

    /** The computed score when there is a matrix to compute it from, else the stated one; in percent. */
    private static Optional<BigDecimal> percentScore(Review review, ScoreStatement statement) {
        Optional<Matrix> matrix = StatedScores.matrixOf(review, statement);
        Optional<BigDecimal> computed = matrix.flatMap(m -> (m.weighted() ? MatrixArithmetic.weighted(m)
                        : MatrixArithmetic.average(m))
                .map(a -> Decimals.percent(a.result(), m.scale())));
        if (matrix.isPresent() && matrix.get().weighted() && !StatedScores.weightsTotalHundred(matrix.get())) {
            return Optional.empty();
        }
        return computed.or(() -> Optional.of(Decimals.percent(statement.value(), statement.scale())));
    }

    private VerdictBand bandOf(BigDecimal percent) {
        return bands.stream().filter(b -> percent.compareTo(b.minimum()) >= 0).findFirst()
                .orElse(bands.get(bands.size() - 1));
    }

    /** The band whose verdict the text states: the longest verdict found in it, so "No-Go" wins over "Go". */
    private Optional<VerdictBand> bandNamed(String text) {
        List<String> words = ItemName.tokens(text);
        VerdictBand best = null;
        int bestLength = 0;
        for (VerdictBand band : bands) {
            for (String name : band.names().toList()) {
                List<String> nameWords = ItemName.tokens(name);
                if (nameWords.size() > bestLength && containsWords(words, nameWords)) {
                    best = band;
                    bestLength = nameWords.size();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean containsWords(List<String> text, List<String> words) {
        for (int start = 0; !words.isEmpty() && start + words.size() <= text.size(); start++) {
            if (text.subList(start, start + words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private String describeBands() {
        return bands.stream()
                .map(b -> b.verdict() + " ≥ " + Decimals.plain(b.minimum()))
                .collect(Collectors.joining(", "));
    }
}
