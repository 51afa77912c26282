package dev.gonogo.check;

/** Where a metric stands against its own stated target. */
public enum TargetOutcome {
    /** Every value the metric's value allows meets the target ({@code <20s} against {@code <20s}). */
    MET,
    /** No value the metric's value allows meets the target ({@code 4min} against {@code <3min}). */
    MISSED,
    /** The metric states no target. */
    NO_TARGET,
    /**
     * A target is stated but the value does not settle it: no number on one side, units of different kinds, or a
     * bound that neither proves nor rules out the target ({@code <500ms} against {@code <300ms}).
     */
    UNKNOWN;

    /** The name used in CSS classes and message keys: {@code met}, {@code missed}, {@code no-target}, {@code unknown}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
