package dev.gonogo.history.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The public JSON shape of {@code gonogo diff --format json}: DTO records, so the diff's internals can change
 * while this stays. Every field is always present ({@code null} when a side has no value).
 */
final class DiffJson {
    private DiffJson() {
    }

    @JsonPropertyOrder({"reviews", "summary"})
    record Report(List<Review> reviews, SummaryJson summary) {
    }

    @JsonPropertyOrder({"oldPath", "newPath", "changed", "statedScore", "computedScore", "verdict", "recommendation",
            "matrixRows", "checklist", "metrics", "newFindings", "fixedFindings", "changedFindings"})
    record Review(String oldPath, String newPath, boolean changed, NumberChange statedScore,
                  NumberChange computedScore, TextChange verdict, TextChange recommendation, List<MatrixRow> matrixRows,
                  List<ChecklistItem> checklist, List<Metric> metrics, List<Finding> newFindings,
                  List<Finding> fixedFindings, List<FindingPair> changedFindings) {
    }

    @JsonPropertyOrder({"before", "after"})
    record FindingPair(Finding before, Finding after) {
    }

    @JsonPropertyOrder({"before", "after", "delta", "changed"})
    record NumberChange(BigDecimal before, BigDecimal after, BigDecimal delta, boolean changed) {
    }

    @JsonPropertyOrder({"before", "after", "changed"})
    record TextChange(String before, String after, boolean changed) {
    }

    @JsonPropertyOrder({"criterion", "change", "weight", "score", "oldLine", "newLine"})
    record MatrixRow(String criterion, String change, NumberChange weight, NumberChange score, Integer oldLine,
                     Integer newLine) {
    }

    @JsonPropertyOrder({"text", "path", "change", "checked", "oldLine", "newLine"})
    record ChecklistItem(String text, List<String> path, String change, boolean checked, Integer oldLine,
                         Integer newLine) {
    }

    @JsonPropertyOrder({"label", "change", "value", "target", "targetBefore", "targetAfter", "oldLine", "newLine"})
    record Metric(String label, String change, TextChange value, TextChange target, String targetBefore,
                  String targetAfter, Integer oldLine, Integer newLine) {
    }

    @JsonPropertyOrder({"rule", "severity", "message", "path", "line", "column"})
    record Finding(String rule, String severity, String message, String path, int line, int column) {
    }

    @JsonPropertyOrder({"reviews", "changed", "newFindings", "errors", "warnings", "infos", "fixedFindings"})
    record SummaryJson(int reviews, int changed, long newFindings, long errors, long warnings, long infos,
                       long fixedFindings) {
    }
}
