package dev.gonogo.history;

/** Whether a metric's value meets its own stated target. */
public enum TargetOutcome {
    /** The value meets the target. */
    MET,
    /** The value misses the target. */
    MISSED,
    /** The metric has a target, but value and target cannot be compared (no number, other units, open bound). */
    UNKNOWN,
    /** The metric states no target. */
    NO_TARGET
}
