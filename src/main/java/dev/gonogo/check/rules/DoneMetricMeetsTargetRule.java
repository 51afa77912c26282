package dev.gonogo.check.rules;

import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import dev.gonogo.model.Review;
import dev.gonogo.model.State;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code metric-target}: a value marked done meets the target written beside it. Units are converted (ms/s/min,
 * KB/MB/GB); a value bounded as written ({@code <20s} against {@code <20s}) meets the target; a target without a
 * direction ({@code target: 80%}) is not judged.
 */
public final class DoneMetricMeetsTargetRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("metric-target",
            "A value marked done meets its own target", Severity.ERROR,
            "A ✅ beside a measured value tells the reader the target is met. When the number written beside it "
                    + "misses the target written beside it, the mark is wrong, and so may be the decision it "
                    + "supports.",
            """
            # Checkout review

            ## Performance Metrics
            - **Latency p99:** 280ms ✅ (target: <250ms)
            """,
            """
            # Checkout review

            ## Performance Metrics
            - **Latency p99:** 280ms ⚠️ (target: <250ms)
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        for (Metric metric : review.metrics()) {
            if (metric.status().state() == State.DONE && metric.quantity() != null
                    && metric.targetQuantity() != null && misses(metric.quantity(), metric.targetQuantity())) {
                String message = String.format(Locale.ROOT,
                        "%s is marked %s (met) but %s misses its target %s; mark it ⚠️ or ❌, or correct the value",
                        metric.label(), metric.status().mark(), metric.quantity().text(), metric.target());
                sink.report(metric.line(), 0, message, List.of());
            }
        }
    }

    /** True when the value, as bounded in writing, cannot be within the target's bound. */
    static boolean misses(Quantity value, Quantity target) {
        Optional<Measure> v = Measure.of(value, target.unit());
        Optional<Measure> t = Measure.of(target, value.unit());
        if (v.isEmpty() || t.isEmpty() || !v.get().comparableWith(t.get())) {
            return false;
        }
        int order = v.get().value().compareTo(t.get().value());
        return switch (target.comparator()) {
            case LT -> upperBounded(value) && (order > 0 || (order == 0 && !strictOrSame(value, Comparator.LT)));
            case LE -> upperBounded(value) && (order > 0);
            case GT -> lowerBounded(value) && (order < 0 || (order == 0 && !strictOrSame(value, Comparator.GT)));
            case GE -> lowerBounded(value) && (order < 0);
            default -> false;
        };
    }

    /** A value written bare, approximately, or with an upper bound: something a "<" target can judge. */
    private static boolean upperBounded(Quantity value) {
        Comparator c = value.comparator();
        return c == Comparator.EQ || c == Comparator.APPROX || c == Comparator.LT || c == Comparator.LE;
    }

    private static boolean lowerBounded(Quantity value) {
        Comparator c = value.comparator();
        return c == Comparator.EQ || c == Comparator.APPROX || c == Comparator.GT || c == Comparator.GE;
    }

    /** At the bound itself, a value meets a strict target only when it is written with the same strict bound. */
    private static boolean strictOrSame(Quantity value, Comparator strict) {
        return value.comparator() == strict;
    }
}
