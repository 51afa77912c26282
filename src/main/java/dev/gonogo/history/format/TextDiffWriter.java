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

/** The default {@code gonogo diff} output: one block per review, one line per change, then a summary. */
public final class TextDiffWriter implements DiffWriter {

    @Override
    public void write(List<ReviewDiff> diffs, Appendable out) throws IOException {
        for (ReviewDiff diff : diffs) {
            writeOne(diff, out);
            out.append('\n');
        }
        out.append(Summary.of(diffs).sentence()).append('\n');
    }

    private static void writeOne(ReviewDiff diff, Appendable out) throws IOException {
        out.append(diff.oldPath()).append(" → ").append(diff.newPath()).append('\n');
        if (diff.isEmpty()) {
            out.append("  no change in scores, verdict, matrix, checklist, metrics or findings\n");
            return;
        }
        score(out, "stated score", diff.statedScore());
        score(out, "computed score", diff.computedScore());
        text(out, "verdict", diff.verdict());
        text(out, "recommendation", diff.recommendation());
        section(out, "matrix", diff.matrixRows().stream().map(Describe::matrixRow).toList());
        section(out, "checklist", diff.checklist().stream().map(TextDiffWriter::checklistLine).toList());
        section(out, "metrics", diff.metrics().stream().map(TextDiffWriter::metricLine).toList());
        section(out, "new findings", diff.newFindings().stream().map(TextDiffWriter::findingLine).toList());
        section(out, "fixed findings", diff.fixedFindings().stream().map(TextDiffWriter::findingLine).toList());
        section(out, "changed findings", diff.changedFindings().stream()
                .map(c -> findingLine(c.after())).toList());
    }

    private static void score(Appendable out, String label, ScoreChange change) throws IOException {
        if (change.changed()) {
            out.append(String.format(java.util.Locale.ROOT, "  %-15s %s\n", label, Numbers.change(change)));
        }
    }

    private static void text(Appendable out, String label, TextChange change) throws IOException {
        if (change.changed()) {
            out.append(String.format(java.util.Locale.ROOT, "  %-15s %s → %s\n", label,
                    Describe.orNone(change.before()), Describe.orNone(change.after())));
        }
    }

    private static void section(Appendable out, String title, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append('\n');
        for (String line : lines) {
            out.append("    ").append(line).append('\n');
        }
    }

    private static String checklistLine(ChecklistChange change) {
        return Describe.checklistKind(change) + " " + change.text() + Describe.pathSuffix(change.path())
                + Describe.lines(change.before(), change.after());
    }

    private static String metricLine(MetricChange change) {
        return Describe.metric(change) + Describe.lines(change.before(), change.after());
    }

    private static String findingLine(Finding finding) {
        return finding.location().path() + ":" + finding.location().line() + ": " + finding.severity().id() + ": "
                + finding.message() + " [" + finding.rule() + "]";
    }
}
