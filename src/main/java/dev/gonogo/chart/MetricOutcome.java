package dev.gonogo.chart;

/** Where a metric stands against its target. */
public enum MetricOutcome {
    /** The value is within the target, whatever the value's own bound leaves open. */
    MET,
    /** The value is outside the target, or the value written does not prove it is within. */
    MISSED,
    /** The metric states no target. */
    NO_TARGET,
    /** A target is stated but the value or target holds no number, or their units measure different things. */
    NOT_COMPARABLE
}
