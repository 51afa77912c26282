package dev.gonogo.history;

import dev.gonogo.model.MatrixRow;

/**
 * A decision-matrix criterion matched by name across two versions.
 *
 * @param before the row in the old version, or {@code null} when added
 * @param after  the row in the new version, or {@code null} when removed
 */
public record MatrixRowChange(MatrixRow before, MatrixRow after) {
    public MatrixRowChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs at least one side");
        }
    }

    public ChangeKind kind() {
        return before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
    }

    /** The criterion's name as the newest version writes it. */
    public String criterion() {
        return after != null ? after.criterion() : before.criterion();
    }

    public ScoreChange weight() {
        return new ScoreChange(before == null ? null : before.weight(), after == null ? null : after.weight());
    }

    public ScoreChange score() {
        return new ScoreChange(before == null ? null : before.score(), after == null ? null : after.score());
    }

    /** True when the row was added or removed, or its weight or score changed. */
    public boolean matters() {
        return kind() != ChangeKind.CHANGED || weight().changed() || score().changed();
    }
}
