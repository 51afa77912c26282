package dev.gonogo.history.format;

import dev.gonogo.history.ChangeKind;
import dev.gonogo.history.ChecklistChange;
import dev.gonogo.history.MatrixRowChange;
import dev.gonogo.history.MetricChange;
import dev.gonogo.history.ScoreChange;
import dev.gonogo.check.TargetOutcome;
import dev.gonogo.model.Metric;
import dev.gonogo.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One-line descriptions of changes, shared by the text and Markdown formats. */
final class Describe {
    private Describe() {
    }

    /** {@code ~ Testing: weight 25 → 30 (+5), score 85 → 92 (+7)}. */
    static String matrixRow(MatrixRowChange change) {
        return sign(change.kind()) + " " + change.criterion() + ": " + matrixValues(change);
    }

    /** {@code weight 25 → 30 (+5), score 85 → 92 (+7)}, or the values of an added or removed row. */
    static String matrixValues(MatrixRowChange change) {
        if (change.kind() != ChangeKind.CHANGED) {
            boolean added = change.kind() == ChangeKind.ADDED;
            ScoreChange weight = change.weight();
            ScoreChange score = change.score();
            return "weight " + Numbers.plain(added ? weight.after() : weight.before())
                    + ", score " + Numbers.plain(added ? score.after() : score.before());
        }
        List<String> parts = new ArrayList<>();
        if (change.weight().changed()) {
            parts.add("weight " + Numbers.change(change.weight()));
        }
        if (change.score().changed()) {
            parts.add("score " + Numbers.change(change.score()));
        }
        return String.join(", ", parts);
    }

    static String checklistKind(ChecklistChange change) {
        return switch (change.kind()) {
            case CHECKED -> "checked:";
            case UNCHECKED -> "unchecked:";
            case ADDED -> "added" + (change.checked() ? " [x]:" : " [ ]:");
            case REMOVED -> "removed:";
        };
    }

    /** {@code  — Must Have › Testing}, empty when the item stands under no heading. */
    static String pathSuffix(List<String> path) {
        return path.isEmpty() ? "" : " — " + String.join(" › ", path);
    }

    /** {@code ~ Error Rate: <1% → <0.5%; target <2.3s now missed}. */
    static String metric(MetricChange change) {
        return sign(change.kind()) + " " + change.label() + ": " + metricValues(change);
    }

    static String metricValues(MetricChange change) {
        if (change.kind() != ChangeKind.CHANGED) {
            Metric metric = change.after() != null ? change.after() : change.before();
            return metric.value() + (metric.target() == null ? "" : " (target " + metric.target() + ")");
        }
        List<String> parts = new ArrayList<>();
        if (change.value().changed()) {
            parts.add(change.value().before() + " → " + change.value().after());
        }
        if (change.stateChanged()) {
            parts.add("status " + state(change.before()) + " → " + state(change.after()));
        }
        if (change.target().changed()) {
            parts.add("target " + orNone(change.target().before()) + " → " + orNone(change.target().after()));
        }
        String outcome = targetOutcome(change);
        if (!outcome.isEmpty()) {
            parts.add(outcome);
        }
        return String.join("; ", parts);
    }

    /** {@code target <2.3s now missed}, empty when the outcome did not turn. */
    static String targetOutcome(MetricChange change) {
        if (change.newlyMissed()) {
            return "target " + change.after().target() + " now missed";
        }
        if (change.newlyMet()) {
            return "target " + change.after().target() + " now met";
        }
        if (change.targetBefore() != change.targetAfter() && change.targetAfter() == TargetOutcome.UNKNOWN) {
            return "target can no longer be compared";
        }
        return "";
    }

    /** {@code  (line 112 → 113)}, {@code  (line 40)} or {@code  (was line 40)}. */
    static String lines(SourceLine before, SourceLine after) {
        if (before == null) {
            return " (line " + after.line() + ")";
        }
        if (after == null) {
            return " (was line " + before.line() + ")";
        }
        return before.line() == after.line() ? " (line " + after.line() + ")"
                : " (line " + before.line() + " → " + after.line() + ")";
    }

    static String orNone(String text) {
        return text.isBlank() ? "(none)" : text;
    }

    private static String state(Metric metric) {
        String mark = metric.status().mark();
        String name = metric.status().state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return mark.isEmpty() ? name : mark + " " + name;
    }

    private static String sign(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }
}
