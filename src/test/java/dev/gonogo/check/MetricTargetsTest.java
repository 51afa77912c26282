package dev.gonogo.check;

import static dev.gonogo.check.TargetOutcome.MET;
import static dev.gonogo.check.TargetOutcome.MISSED;
import static dev.gonogo.check.TargetOutcome.NO_TARGET;
import static dev.gonogo.check.TargetOutcome.UNKNOWN;
import static dev.gonogo.model.Quantity.Comparator.APPROX;
import static dev.gonogo.model.Quantity.Comparator.EQ;
import static dev.gonogo.model.Quantity.Comparator.GE;
import static dev.gonogo.model.Quantity.Comparator.GT;
import static dev.gonogo.model.Quantity.Comparator.LE;
import static dev.gonogo.model.Quantity.Comparator.LT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one target judgement every stage uses: ranges, strict bounds, unit conversion, ratios. */
class MetricTargetsTest {

    private static TargetOutcome compare(Quantity value, Quantity target) {
        return MetricTargets.compare(value, target);
    }

    private static Quantity q(Quantity.Comparator comparator, String number, String unit) {
        return new Quantity(comparator.symbol() + number + unit, comparator, new BigDecimal(number), null, unit);
    }

    @Test
    void aBoundMeetsTheSameTarget() {
        assertThat(compare(q(LT, "20", "s"), q(LT, "20", "s"))).isEqualTo(MET);
        assertThat(compare(q(LT, "20", "s"), q(LE, "20", "s"))).isEqualTo(MET);
        assertThat(compare(q(GT, "99.9", "%"), q(GE, "99.9", "%"))).isEqualTo(MET);
        assertThat(compare(q(GE, "6800", "msg/sec"), q(GE, "5000", "msg/s"))).isEqualTo(MET);
    }

    @Test
    void anExactValueIsOnOneSideOfTheTarget() {
        assertThat(compare(q(APPROX, "25", "ms"), q(LT, "100", "ms"))).isEqualTo(MET);
        assertThat(compare(q(EQ, "250", "ms"), q(LT, "250", "ms"))).isEqualTo(MISSED);
        assertThat(compare(q(EQ, "250", "ms"), q(LE, "250", "ms"))).isEqualTo(MET);
        assertThat(compare(q(EQ, "40", "req/s"), q(GE, "50", "req/s"))).isEqualTo(MISSED);
        assertThat(compare(q(EQ, "97", "%"), q(EQ, "97", "%"))).isEqualTo(MET);
        assertThat(compare(q(EQ, "96", "%"), q(APPROX, "97", "%"))).isEqualTo(UNKNOWN); // no direction: not guessed
    }

    @Test
    void aBoundThatNeitherProvesNorRulesOutTheTargetIsUnknown() {
        assertThat(compare(q(LT, "500", "ms"), q(LT, "300", "ms"))).isEqualTo(UNKNOWN);
        assertThat(compare(q(LE, "20", "s"), q(LT, "20", "s"))).isEqualTo(UNKNOWN);
        assertThat(compare(q(GT, "10", "s"), q(LT, "20", "s"))).isEqualTo(UNKNOWN);
        assertThat(compare(q(GE, "97", "%"), q(EQ, "97", "%"))).isEqualTo(UNKNOWN);
    }

    @Test
    void aBoundOnTheWrongSideMissesTheTarget() {
        assertThat(compare(q(GT, "300", "ms"), q(LT, "250", "ms"))).isEqualTo(MISSED);
        assertThat(compare(q(GE, "250", "ms"), q(LT, "250", "ms"))).isEqualTo(MISSED);
        assertThat(compare(q(GE, "250", "ms"), q(LE, "250", "ms"))).isEqualTo(UNKNOWN);
        assertThat(compare(q(LT, "40", "req/s"), q(GT, "50", "req/s"))).isEqualTo(MISSED);
        assertThat(compare(q(LT, "97", "%"), q(EQ, "97", "%"))).isEqualTo(UNKNOWN);
    }

    @Test
    void unitsOfTheSameKindAreConverted() {
        assertThat(compare(q(EQ, "2", "min"), q(LT, "180", "s"))).isEqualTo(MET);
        assertThat(compare(q(EQ, "4", "мин"), q(LT, "3", "min"))).isEqualTo(MISSED);
        assertThat(compare(q(LT, "800", "ms"), q(LE, "1", "sec"))).isEqualTo(MET);
        assertThat(compare(q(EQ, "1.5", "GB"), q(LT, "1024", "MB"))).isEqualTo(MISSED);
        assertThat(compare(q(LT, "2.4", "MB"), q(LT, "4", "MiB"))).isEqualTo(MET);
    }

    @Test
    void aMissingUnitIsTheOtherSidesAndAFractionReadsAsAPercentage() {
        assertThat(compare(q(EQ, "97", "%"), q(GT, "95", ""))).isEqualTo(MET);
        Quantity allPods = new Quantity("5/5", EQ, new BigDecimal("5"), new BigDecimal("5"), "");
        Quantity fourOfFive = new Quantity("4/5", EQ, new BigDecimal("4"), new BigDecimal("5"), "");
        assertThat(compare(allPods, q(GE, "90", "%"))).isEqualTo(MET);
        assertThat(compare(fourOfFive, q(GE, "90", "%"))).isEqualTo(MISSED);
    }

    @Test
    void unitsOfDifferentKindsCannotBeCompared() {
        assertThat(compare(q(LT, "10", "MB"), q(LT, "5", "s"))).isEqualTo(UNKNOWN);
        assertThat(compare(q(EQ, "60", "req/s"), q(GT, "50", "msg/sec"))).isEqualTo(UNKNOWN);
    }

    @Test
    void outcomesOfWholeMetrics() {
        assertThat(MetricTargets.outcome(metric(q(LT, "3", "min"), "<3min", q(LT, "3", "min")))).isEqualTo(MET);
        assertThat(MetricTargets.outcome(metric(q(EQ, "4", "min"), "<3min", q(LT, "3", "min")))).isEqualTo(MISSED);
        assertThat(MetricTargets.outcome(metric(q(EQ, "4", "min"), null, null))).isEqualTo(NO_TARGET);
        assertThat(MetricTargets.outcome(metric(q(EQ, "4", "min"), "as low as possible", null))).isEqualTo(UNKNOWN);
        assertThat(MetricTargets.outcome(metric(null, "<3min", q(LT, "3", "min")))).isEqualTo(UNKNOWN);
    }

    private static Metric metric(Quantity value, String target, Quantity targetQuantity) {
        return new Metric("MTTR", value == null ? "unknown" : value.text(), value, target, targetQuantity,
                new Status("✅", State.DONE), "Performance Metrics", 30);
    }
}
