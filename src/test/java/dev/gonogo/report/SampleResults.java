package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import java.util.List;

/**
 * A check result built by hand for the writers' golden tests: three reviews (one with the seed's findings, one
 * with a Cyrillic path and a message full of characters every format must escape, one clean), related locations,
 * a file-level finding and an internal error.
 */
public final class SampleResults {
    public static final String SEED = "reviews/prr-x0tta6bl4-v3.4.0.md";
    public static final String CYRILLIC = "reviews/Отчёт, этап 2.md";
    public static final String CLEAN = "reviews/clean.md";

    /** A message with %, CR/LF, ':' and ',', a table pipe, HTML, Markdown emphasis, code, math and quotes. */
    public static final String NASTY_MESSAGE = "Веса: 50% + 45% = 95%, не 100% | <b>fix</b> & \"re-check\"\r\n"
            + "*bold* _it_ `code` $x$ [link](http://x)";

    private SampleResults() {
    }

    public static List<RuleInfo> rules() {
        return List.of(
                new RuleInfo("score-mismatch", "Stated score matches the matrix", Severity.ERROR,
                        "A stated score that differs from its own matrix misleads the decision.",
                        "| Area | Weight | Score |\n|---|---|---|\n| A | 100% | 90 |\n\n**Overall Score:** 80%",
                        "| Area | Weight | Score |\n|---|---|---|\n| A | 100% | 90 |\n\n**Overall Score:** 90%"),
                new RuleInfo("status-conflict", "An item is not both done and not done", Severity.ERROR,
                        "The same item stated done in one place and open in another cannot both be true.",
                        "- ✅ Stability test passed\n\n### Stability Test ⏳", "- ⏳ Stability test running"),
                new RuleInfo("heading-status", "A done heading holds no open items", Severity.WARNING,
                        "A ✅ heading over open boxes claims more than it holds.",
                        "### Must Have ✅\n- [ ] Monitoring", "### Must Have ⚠️\n- [ ] Monitoring"),
                new RuleInfo("weights-sum", "Matrix weights total 100%", Severity.ERROR,
                        "Weights that do not total 100% skew the score; code spans like ```x``` stay intact.",
                        "| Area | Weight |\n|---|---|\n| A | 60% |", "| Area | Weight |\n|---|---|\n| A | 100% |"),
                new RuleInfo("encoding", "The file is clean UTF-8", Severity.WARNING,
                        "Repaired text may differ from what the author wrote.", "(bytes in Windows-1251)",
                        "(bytes in UTF-8)"));
    }

    public static CheckResult result() {
        return new CheckResult(List.of(seed(), cyrillic(), clean()), rules());
    }

    public static CheckResult empty() {
        return new CheckResult(List.of(), rules());
    }

    static ReviewResult seed() {
        return new ReviewResult(SampleReviews.seedExcerpt(), List.of(
                finding("heading-status", Severity.WARNING, SEED, 98, 1,
                        "Heading 'Must Have (Критично)' is marked ✅ but 4 items under it are not done "
                                + "(lines 112, 113, 120, 121). Mark the heading ⏳ or finish the items."),
                finding("score-mismatch", Severity.ERROR, SEED, 150, 20,
                        "Stated score 83.5 differs from the matrix: 30%×95 + 25%×85 + 20%×97 + 15%×70 + 10%×60 "
                                + "= 85.65, which is 85.7 at one decimal. Write 85.7 or correct the matrix."),
                new Finding("status-conflict", Severity.ERROR,
                        "'Stability test' is stated done here but not done at lines 79, 81, 112. "
                                + "Make the statements agree.",
                        new Location(SEED, 14, 3, ""),
                        List.of(new Location(SEED, 79, 0, "heading marked ⏳"),
                                new Location(SEED, 81, 0, "Статус: RUNNING"),
                                new Location(SEED, 112, 0, ""))),
                finding("encoding", Severity.WARNING, SEED, 0, 0,
                        "The file is UTF-8 that was decoded as Mac Roman and saved again; gonogo repaired it. "
                                + "Save it as UTF-8.")));
    }

    static ReviewResult cyrillic() {
        return new ReviewResult(SampleReviews.empty(CYRILLIC), List.of(
                finding("weights-sum", Severity.ERROR, CYRILLIC, 7, 0, NASTY_MESSAGE),
                finding("internal-error", Severity.ERROR, CYRILLIC, 0, 0,
                        "rule metric-target failed: java.lang.NullPointerException "
                                + "(a bug in gonogo; please report it)"),
                finding("heading-status", Severity.INFO, CYRILLIC, 3, 1,
                        "Заголовок «Итоги» помечен ✅ над пустым списком.")));
    }

    static ReviewResult clean() {
        return new ReviewResult(SampleReviews.empty(CLEAN), List.of());
    }

    private static Finding finding(String rule, Severity severity, String path, int line, int column,
                                   String message) {
        return new Finding(rule, severity, message, new Location(path, line, column, ""), List.of());
    }
}
