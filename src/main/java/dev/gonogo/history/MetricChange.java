package dev.gonogo.history;

import dev.gonogo.check.TargetOutcome;
import dev.gonogo.model.Metric;
import java.util.Objects;

/**
 * A metric matched by label across two versions.
 *
 * @param before        the metric in the old version, or {@code null} when added
 * @param after         the metric in the new version, or {@code null} when removed
 * @param targetBefore  whether the old value met its target ({@link TargetOutcome#NO_TARGET} when absent)
 * @param targetAfter   whether the new value meets its target ({@link TargetOutcome#NO_TARGET} when absent)
 */
public record MetricChange(Metric before, Metric after, TargetOutcome targetBefore, TargetOutcome targetAfter) {
    public MetricChange {
        Objects.requireNonNull(targetBefore, "targetBefore");
        Objects.requireNonNull(targetAfter, "targetAfter");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs at least one side");
        }
    }

    public ChangeKind kind() {
        return before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
    }

    /** The label as the newest version writes it. */
    public String label() {
        return after != null ? after.label() : before.label();
    }

    public TextChange value() {
        return new TextChange(before == null ? "" : before.value(), after == null ? "" : after.value());
    }

    public TextChange target() {
        return new TextChange(text(before == null ? null : before.target()), text(after == null ? null : after.target()));
    }

    /** The status mark changed meaning ({@code ⚠️} became {@code ✅}). */
    public boolean stateChanged() {
        return before != null && after != null && before.status().state() != after.status().state();
    }

    /** Both versions have the metric and the new value meets the target the old one did not. */
    public boolean newlyMet() {
        return kind() == ChangeKind.CHANGED && targetAfter == TargetOutcome.MET && targetBefore != TargetOutcome.MET;
    }

    /** Both versions have the metric and the new value misses a target the old one did not. */
    public boolean newlyMissed() {
        return kind() == ChangeKind.CHANGED && targetAfter == TargetOutcome.MISSED
                && targetBefore != TargetOutcome.MISSED;
    }

    /** True when the metric came or went, or its value, target, state or target outcome changed. */
    public boolean matters() {
        return kind() != ChangeKind.CHANGED || value().changed() || target().changed() || stateChanged()
                || targetBefore != targetAfter;
    }

    private static String text(String nullable) {
        return nullable == null ? "" : nullable;
    }
}
