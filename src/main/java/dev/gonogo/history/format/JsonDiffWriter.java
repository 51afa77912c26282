package dev.gonogo.history.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gonogo.check.Finding;
import dev.gonogo.history.ChecklistChange;
import dev.gonogo.history.MatrixRowChange;
import dev.gonogo.history.MetricChange;
import dev.gonogo.history.ReviewDiff;
import dev.gonogo.history.ScoreChange;
import dev.gonogo.history.TextChange;
import dev.gonogo.model.SourceLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** {@code gonogo diff --format json}: the diffs as {@link DiffJson} records, pretty-printed, numbers as numbers. */
public final class JsonDiffWriter implements DiffWriter {
    /** Two-space indentation and '\n' line ends on every platform, so the output is byte-identical. */
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private final ObjectWriter writer = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));

    @Override
    public void write(List<ReviewDiff> diffs, Appendable out) throws IOException {
        Summary summary = Summary.of(diffs);
        DiffJson.Report report = new DiffJson.Report(diffs.stream().map(JsonDiffWriter::review).toList(),
                new DiffJson.SummaryJson(summary.reviews(), summary.changed(), summary.newFindings(),
                        summary.errors(), summary.warnings(), summary.infos(), summary.fixed()));
        out.append(writer.writeValueAsString(report)).append('\n');
    }

    private static DiffJson.Review review(ReviewDiff diff) {
        return new DiffJson.Review(diff.oldPath(), diff.newPath(), !diff.isEmpty(), number(diff.statedScore()),
                number(diff.computedScore()), text(diff.verdict()), text(diff.recommendation()),
                diff.matrixRows().stream().map(JsonDiffWriter::matrixRow).toList(),
                diff.checklist().stream().map(JsonDiffWriter::checklistItem).toList(),
                diff.metrics().stream().map(JsonDiffWriter::metric).toList(),
                diff.newFindings().stream().map(JsonDiffWriter::finding).toList(),
                diff.fixedFindings().stream().map(JsonDiffWriter::finding).toList(),
                diff.changedFindings().stream()
                        .map(c -> new DiffJson.FindingPair(finding(c.before()), finding(c.after()))).toList());
    }

    private static DiffJson.MatrixRow matrixRow(MatrixRowChange change) {
        return new DiffJson.MatrixRow(change.criterion(), id(change.kind()), number(change.weight()),
                number(change.score()), line(change.before()), line(change.after()));
    }

    private static DiffJson.ChecklistItem checklistItem(ChecklistChange change) {
        return new DiffJson.ChecklistItem(change.text(), change.path(), id(change.kind()), change.checked(),
                line(change.before()), line(change.after()));
    }

    private static DiffJson.Metric metric(MetricChange change) {
        return new DiffJson.Metric(change.label(), id(change.kind()), text(change.value()), text(change.target()),
                id(change.targetBefore()), id(change.targetAfter()), line(change.before()), line(change.after()));
    }

    private static DiffJson.Finding finding(Finding finding) {
        return new DiffJson.Finding(finding.rule(), finding.severity().id(), finding.message(),
                finding.location().path(), finding.location().line(), finding.location().column());
    }

    private static DiffJson.NumberChange number(ScoreChange change) {
        return new DiffJson.NumberChange(plain(change.before()), plain(change.after()),
                change.delta().map(JsonDiffWriter::plain).orElse(null), change.changed());
    }

    private static DiffJson.TextChange text(TextChange change) {
        return new DiffJson.TextChange(change.before(), change.after(), change.changed());
    }

    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Integer line(SourceLine element) {
        return element == null ? null : element.line();
    }

    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
