package dev.gonogo.check.rules;

import dev.gonogo.check.FindingSink;
import dev.gonogo.check.MetricTargets;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.check.TargetOutcome;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Review;
import dev.gonogo.model.State;
import java.util.List;
import java.util.Locale;

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
                    && metric.targetQuantity() != null
                    && MetricTargets.compare(metric.quantity(), metric.targetQuantity()) == TargetOutcome.MISSED) {
                String message = String.format(Locale.ROOT,
                        "%s is marked %s (met) but %s misses its target %s; mark it ⚠️ or ❌, or correct the value",
                        metric.label(), metric.status().mark(), metric.quantity().text(), metric.target());
                sink.report(metric.line(), 0, message, List.of());
            }
        }
    }
}
