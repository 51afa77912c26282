package dev.gonogo.chart;

import dev.gonogo.check.MetricTargets;
import dev.gonogo.check.TargetOutcome;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Review;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the metric-status chart shows: how many metrics meet, miss or state no target.
 *
 * @param metrics every metric with its outcome, in document order
 */
public record MetricChartData(List<Result> metrics) {

    public MetricChartData {
        metrics = List.copyOf(metrics);
    }

    /**
     * One metric against its target.
     *
     * @param label   the metric's label
     * @param value   the value as written
     * @param target  the target as written, empty when none
     * @param outcome where it stands
     */
    public record Result(String label, String value, String target, TargetOutcome outcome) {
        public Result {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The chart data of a review's metrics, when it has any. */
    public static Optional<MetricChartData> of(Review review) {
        if (review.metrics().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MetricChartData(review.metrics().stream().map(MetricChartData::result).toList()));
    }

    /** How many metrics have each outcome; every outcome is present, zero counts included. */
    public Map<TargetOutcome, Integer> counts() {
        Map<TargetOutcome, Integer> counts = new EnumMap<>(TargetOutcome.class);
        for (TargetOutcome outcome : TargetOutcome.values()) {
            counts.put(outcome, 0);
        }
        metrics.forEach(m -> counts.merge(m.outcome(), 1, Integer::sum));
        return counts;
    }

    /** The labels of the metrics with this outcome, in document order. */
    public List<String> labels(TargetOutcome outcome) {
        return metrics.stream().filter(m -> m.outcome() == outcome).map(Result::label).toList();
    }

    private static Result result(Metric metric) {
        return new Result(metric.label(), metric.value(), metric.target() == null ? "" : metric.target(),
                MetricTargets.outcome(metric));
    }
}
