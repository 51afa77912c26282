package dev.gonogo.chart;

import static dev.gonogo.model.Quantity.Comparator.APPROX;
import static dev.gonogo.model.Quantity.Comparator.EQ;
import static dev.gonogo.model.Quantity.Comparator.GE;
import static dev.gonogo.model.Quantity.Comparator.GT;
import static dev.gonogo.model.Quantity.Comparator.LE;
import static dev.gonogo.model.Quantity.Comparator.LT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MetricTargetsTest {

    private static Quantity q(Quantity.Comparator comparator, String number, String unit) {
        return Reviews.q(comparator, number, unit);
    }

    @Test
    void aBoundMeetsTheSameTarget() {
        assertThat(MetricTargets.meets(q(LT, "20", "s"), q(LT, "20", "s"))).contains(true);
        assertThat(MetricTargets.meets(q(LT, "20", "s"), q(LE, "20", "s"))).contains(true);
        assertThat(MetricTargets.meets(q(GT, "99.9", "%"), q(GE, "99.9", "%"))).contains(true);
    }

    @Test
    void aValueMeetsATargetOnlyWhenEveryValueItAllowsDoes() {
        assertThat(MetricTargets.meets(q(APPROX, "25", "ms"), q(LT, "100", "ms"))).contains(true);
        assertThat(MetricTargets.meets(q(LT, "500", "ms"), q(LT, "300", "ms"))).contains(false);
        assertThat(MetricTargets.meets(q(LE, "20", "s"), q(LT, "20", "s"))).contains(false);
        assertThat(MetricTargets.meets(q(EQ, "20", "s"), q(LT, "20", "s"))).contains(false);
        assertThat(MetricTargets.meets(q(GT, "10", "s"), q(LT, "20", "s"))).contains(false);
        assertThat(MetricTargets.meets(q(GE, "6800", "msg/sec"), q(GE, "5000", "msg/s"))).contains(true);
        assertThat(MetricTargets.meets(q(EQ, "97", "%"), q(EQ, "97", "%"))).contains(true);
        assertThat(MetricTargets.meets(q(GE, "97", "%"), q(EQ, "97", "%"))).contains(false);
    }

    @Test
    void unitsOfTheSameKindAreConverted() {
        assertThat(MetricTargets.meets(q(EQ, "2", "min"), q(LT, "180", "s"))).contains(true);
        assertThat(MetricTargets.meets(q(EQ, "4", "мин"), q(LT, "3", "min"))).contains(false);
        assertThat(MetricTargets.meets(q(LT, "800", "ms"), q(LE, "1", "sec"))).contains(true);
        assertThat(MetricTargets.meets(q(LT, "2.4", "MB"), q(LT, "4", "MiB"))).contains(true);
    }

    @Test
    void aMissingUnitIsTheOtherSidesAndAFractionReadsAsAPercentage() {
        assertThat(MetricTargets.meets(q(EQ, "97", "%"), q(GT, "95", ""))).contains(true);
        Quantity allPods = new Quantity("5/5", EQ, new BigDecimal("5"), new BigDecimal("5"), "");
        Quantity fourOfFive = new Quantity("4/5", EQ, new BigDecimal("4"), new BigDecimal("5"), "");
        assertThat(MetricTargets.meets(allPods, q(GE, "90", "%"))).contains(true);
        assertThat(MetricTargets.meets(fourOfFive, q(GE, "90", "%"))).contains(false);
    }

    @Test
    void unitsOfDifferentKindsCannotBeCompared() {
        assertThat(MetricTargets.meets(q(LT, "10", "MB"), q(LT, "5", "s"))).isEmpty();
        assertThat(MetricTargets.meets(q(LT, "10", "req/s"), q(LT, "5", "ms"))).isEmpty();
    }

    @Test
    void outcomesOfWholeMetrics() {
        assertThat(MetricTargets.outcome(metric(q(LT, "3", "min"), "<3min", q(LT, "3", "min"))))
                .isEqualTo(MetricOutcome.MET);
        assertThat(MetricTargets.outcome(metric(q(EQ, "4", "min"), "<3min", q(LT, "3", "min"))))
                .isEqualTo(MetricOutcome.MISSED);
        assertThat(MetricTargets.outcome(metric(q(EQ, "4", "min"), null, null))).isEqualTo(MetricOutcome.NO_TARGET);
        assertThat(MetricTargets.outcome(metric(q(EQ, "4", "min"), "as low as possible", null)))
                .isEqualTo(MetricOutcome.NOT_COMPARABLE);
        assertThat(MetricTargets.outcome(metric(null, "<3min", q(LT, "3", "min"))))
                .isEqualTo(MetricOutcome.NOT_COMPARABLE);
        assertThat(MetricTargets.outcome(metric(q(EQ, "4", "GB"), "<3min", q(LT, "3", "min"))))
                .isEqualTo(MetricOutcome.NOT_COMPARABLE);
    }

    private static Metric metric(Quantity value, String target, Quantity targetQuantity) {
        return Reviews.metric("MTTR", value == null ? "unknown" : value.text(), value, target, targetQuantity);
    }
}
