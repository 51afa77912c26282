package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A pull-request comment or job summary: a headline with the counts, a table of the reviews (verdict as written,
 * stated score, computed score, findings) and a table of findings linking to their lines. Review text is escaped
 * for HTML and Markdown. GitHub refuses comments over 65,536 characters, so rows that would not fit are left out
 * and a note says how many.
 */
public final class MarkdownReportWriter implements ReportWriter {
    /** The longest comment GitHub accepts, in characters. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;
    /** Room kept for the note about left-out rows. */
    private static final int NOTE_RESERVE = 400;
    private static final String NONE = "—";

    private final MarkdownText text;
    private final int limit;

    /** @param linkBase the URL review paths are appended to for links to lines; empty for no links */
    public MarkdownReportWriter(String linkBase) {
        this(linkBase, GITHUB_COMMENT_LIMIT);
    }

    /** @param limit the most characters to write (tests use a small one) */
    public MarkdownReportWriter(String linkBase, int limit) {
        if (limit <= NOTE_RESERVE) {
            throw new IllegalArgumentException("limit must exceed " + NOTE_RESERVE + ": " + limit);
        }
        this.text = new MarkdownText(linkBase);
        this.limit = limit;
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        StringBuilder md = new StringBuilder(headline(ReportSummary.of(result)));
        int leftOutReviews = 0;
        int leftOutFindings = 0;
        if (!result.reviews().isEmpty()) {
            md.append("\n| Review | Verdict | Stated score | Computed score | Findings |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            for (ReviewResult review : result.reviews()) {
                leftOutReviews += appendIfRoom(md, reviewRow(review));
            }
        }
        List<Finding> findings = result.findings().toList();
        if (!findings.isEmpty()) {
            md.append("\n### Findings\n\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n");
            for (Finding finding : findings) {
                leftOutFindings += appendIfRoom(md, findingRow(finding));
            }
        }
        if (leftOutReviews + leftOutFindings > 0) {
            md.append("\n> **Note:** ").append(leftOut(leftOutReviews, leftOutFindings))
                    .append(" left out to keep this comment under GitHub's ")
                    .append(String.format(Locale.ROOT, "%,d", GITHUB_COMMENT_LIMIT))
                    .append("-character limit. Run `gonogo check` for the full report.\n");
        }
        out.write(md.toString());
        out.flush();
    }

    private static String headline(ReportSummary summary) {
        String icon = summary.errors() > 0 ? "❌" : summary.warnings() > 0 ? "⚠️" : "✅";
        return "## " + icon + " gonogo: " + summary.counts(false) + "\n\n"
                + ReportSummary.plural(summary.files(), "review") + " checked.\n";
    }

    /** Appends the row when it fits the limit (keeping room for the note); returns 1 when it was left out. */
    private int appendIfRoom(StringBuilder md, String row) {
        if (md.length() + row.length() > limit - NOTE_RESERVE) {
            return 1;
        }
        md.append(row);
        return 0;
    }

    private String reviewRow(ReviewResult result) {
        Review review = result.review();
        String path = review.source().path();
        ReportSummary counts = new ReportSummary(1, result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO));
        return "| " + text.link(MarkdownText.cell(path), path, 0)
                + " | " + verdict(review)
                + " | " + stated(review)
                + " | " + computed(review.matrix())
                + " | " + counts.counts(false) + " |\n";
    }

    private static String verdict(Review review) {
        if (review.statedScore() != null && !review.statedScore().verdict().isBlank()) {
            return MarkdownText.cell(review.statedScore().verdict());
        }
        if (review.recommendation() != null && !review.recommendation().text().isBlank()) {
            return MarkdownText.cell(review.recommendation().text());
        }
        return NONE;
    }

    private String stated(Review review) {
        ScoreStatement stated = review.statedScore();
        if (stated == null) {
            return NONE;
        }
        String value = (stated.approximate() ? "~" : "") + stated.valueText() + outOf(stated.scale());
        return text.link(MarkdownText.cell(value), review.source().path(), stated.line())
                + " (line " + stated.line() + ")";
    }

    private static String computed(Matrix matrix) {
        if (matrix == null || matrix.computedScore() == null) {
            return NONE;
        }
        return number(matrix.computedScore()) + outOf(matrix.scale());
    }

    /** Nothing on the usual 0–100 scale, {@code /10} or {@code /5} on others. */
    private static String outOf(BigDecimal scale) {
        return scale.compareTo(BigDecimal.valueOf(100)) == 0 ? "" : "/" + number(scale);
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String findingRow(Finding finding) {
        StringBuilder message = new StringBuilder(MarkdownText.cell(finding.message()));
        for (Location related : finding.related()) {
            message.append("<br>↳ ").append(text.lineLink(related.path(), related.line()));
            if (!related.message().isEmpty()) {
                message.append(": ").append(MarkdownText.cell(related.message()));
            }
        }
        Location at = finding.location();
        return "| " + icon(finding.severity()) + " " + finding.severity().id()
                + " | " + text.lineLink(at.path(), at.line())
                + " | `" + finding.rule() + "`"
                + " | " + message + " |\n";
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> "❌";
            case WARNING -> "⚠️";
            case INFO -> "ℹ️";
        };
    }

    private static String leftOut(int reviews, int findings) {
        if (reviews == 0) {
            return ReportSummary.plural(findings, "finding") + (findings == 1 ? " was" : " were");
        }
        String both = ReportSummary.plural(reviews, "review")
                + (findings == 0 ? "" : " and " + ReportSummary.plural(findings, "finding"));
        return both + (reviews + findings == 1 ? " was" : " were");
    }
}
