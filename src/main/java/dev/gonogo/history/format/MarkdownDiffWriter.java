package dev.gonogo.history.format;

import dev.gonogo.check.Finding;
import dev.gonogo.history.ChecklistChange;
import dev.gonogo.history.MatrixRowChange;
import dev.gonogo.history.MetricChange;
import dev.gonogo.history.ReviewDiff;
import dev.gonogo.history.ScoreChange;
import dev.gonogo.history.TextChange;
import java.io.IOException;
import java.util.List;

/**
 * A pull-request comment in GitHub Markdown. GitHub rejects comments longer than 65,536 characters, so each
 * review is shown in full while it fits, then in short (scores and counts), and the reviews that fit in
 * neither form are counted in a closing note. Review text is escaped, never interpreted.
 */
public final class MarkdownDiffWriter implements DiffWriter {
    /** GitHub's limit on an issue or pull-request comment body, in characters. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;
    private static final int NOTE_RESERVE = 400;

    private final int limit;

    public MarkdownDiffWriter() {
        this(GITHUB_COMMENT_LIMIT);
    }

    /** A writer whose output never exceeds {@code limit} characters (UTF-16 units, so never more code points). */
    public MarkdownDiffWriter(int limit) {
        if (limit < 2 * NOTE_RESERVE) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void write(List<ReviewDiff> diffs, Appendable out) throws IOException {
        StringBuilder body = new StringBuilder("## gonogo diff\n\n**")
                .append(Markdown.text(Summary.of(diffs).sentence())).append("**\n");
        int shortened = 0;
        int omitted = 0;
        for (ReviewDiff diff : diffs) {
            String full = full(diff);
            if (body.length() + full.length() <= limit - NOTE_RESERVE) {
                body.append(full);
                continue;
            }
            String brief = brief(diff);
            if (body.length() + brief.length() <= limit - NOTE_RESERVE) {
                body.append(brief);
                shortened++;
            } else {
                omitted++;
            }
        }
        body.append(note(shortened, omitted));
        out.append(body);
    }

    private static String note(int shortened, int omitted) {
        if (shortened == 0 && omitted == 0) {
            return "";
        }
        return "\n---\n_To fit GitHub's comment size limit, " + shortened + " review(s) are shown in short and "
                + omitted + " are not shown; run `gonogo diff` locally for every change._\n";
    }

    private static String full(ReviewDiff diff) {
        StringBuilder md = new StringBuilder(heading(diff));
        if (diff.isEmpty()) {
            return md.append("\nNo change in scores, verdict, matrix, checklist, metrics or findings.\n").toString();
        }
        md.append(scoreTable(diff));
        table(md, "Decision matrix", "Criterion", diff.matrixRows().stream()
                .map(c -> row(c.criterion(), Describe.matrixValues(c))).toList());
        list(md, "Checklist", diff.checklist().stream().map(MarkdownDiffWriter::checklistItem).toList());
        table(md, "Metrics", "Metric", diff.metrics().stream()
                .map(c -> row(c.label(), Describe.metricValues(c))).toList());
        list(md, "New findings", diff.newFindings().stream().map(MarkdownDiffWriter::finding).toList());
        list(md, "Fixed findings", diff.fixedFindings().stream().map(MarkdownDiffWriter::finding).toList());
        list(md, "Findings still present, changed", diff.changedFindings().stream()
                .map(c -> finding(c.after())).toList());
        return md.toString();
    }

    private static String brief(ReviewDiff diff) {
        return heading(diff) + scoreTable(diff) + "\n" + diff.matrixRows().size() + " matrix row(s), "
                + diff.checklist().size() + " checklist item(s), " + diff.metrics().size() + " metric(s) changed; "
                + diff.newFindings().size() + " new finding(s), " + diff.fixedFindings().size() + " fixed, "
                + diff.changedFindings().size() + " changed.\n";
    }

    private static String heading(ReviewDiff diff) {
        String title = "\n### " + Markdown.text(diff.newPath()) + "\n";
        return diff.oldPath().equals(diff.newPath()) ? title
                : title + "\nCompared: " + Markdown.text(diff.oldPath()) + " → " + Markdown.text(diff.newPath()) + "\n";
    }

    private static String scoreTable(ReviewDiff diff) {
        StringBuilder md = new StringBuilder();
        if (diff.statedScore().changed() || diff.computedScore().changed() || diff.verdict().changed()) {
            md.append("\n| | Before | After | Change |\n|---|---:|---:|---:|\n");
            scoreRow(md, "Stated score", diff.statedScore());
            scoreRow(md, "Computed score", diff.computedScore());
            textRow(md, "Verdict", diff.verdict());
        }
        if (diff.recommendation().changed()) {
            md.append("\n**Recommendation:** ").append(Markdown.text(Describe.orNone(diff.recommendation().before())))
                    .append(" → ").append(Markdown.text(Describe.orNone(diff.recommendation().after()))).append('\n');
        }
        return md.toString();
    }

    private static void scoreRow(StringBuilder md, String label, ScoreChange change) {
        if (change.changed()) {
            md.append("| ").append(label).append(" | ").append(Numbers.plain(change.before())).append(" | ")
                    .append(Numbers.plain(change.after())).append(" | ").append(Numbers.delta(change)).append(" |\n");
        }
    }

    private static void textRow(StringBuilder md, String label, TextChange change) {
        if (change.changed()) {
            md.append("| ").append(label).append(" | ").append(Markdown.text(Describe.orNone(change.before())))
                    .append(" | ").append(Markdown.text(Describe.orNone(change.after()))).append(" | |\n");
        }
    }

    private static String row(String name, String change) {
        return "| " + Markdown.text(name) + " | " + Markdown.text(change) + " |";
    }

    private static void table(StringBuilder md, String title, String nameColumn, List<String> rows) {
        if (!rows.isEmpty()) {
            md.append("\n**").append(title).append("**\n\n| ").append(nameColumn).append(" | Change |\n|---|---|\n");
            rows.forEach(r -> md.append(r).append('\n'));
        }
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (!items.isEmpty()) {
            md.append("\n**").append(title).append("**\n\n");
            items.forEach(i -> md.append("- ").append(i).append('\n'));
        }
    }

    private static String checklistItem(ChecklistChange change) {
        return Markdown.text(Describe.checklistKind(change)) + " **" + Markdown.text(change.text()) + "**"
                + Markdown.text(Describe.pathSuffix(change.path()));
    }

    private static String finding(Finding finding) {
        return "**" + finding.severity().id() + "** " + Markdown.text(finding.location().path()) + ":"
                + finding.location().line() + " " + Markdown.text(finding.message()) + " (" + finding.rule() + ")";
    }
}
