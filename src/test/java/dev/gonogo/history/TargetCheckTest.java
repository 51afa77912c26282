package dev.gonogo.history;

import static dev.gonogo.history.ReviewBuilder.q;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import dev.gonogo.model.Status;
import org.junit.jupiter.api.Test;

class TargetCheckTest {

    private static TargetOutcome outcome(Quantity value, Quantity target) {
        return TargetCheck.outcome(new Metric("m", value.text(), value, target == null ? null : target.text(),
                target, Status.NONE, "Metrics", 1));
    }

    @Test
    void boundEqualToTheTargetBoundMeetsIt() {
        assertThat(outcome(q(Comparator.LT, "20", "s"), q(Comparator.LT, "20", "s"))).isEqualTo(TargetOutcome.MET);
        assertThat(outcome(q(Comparator.GT, "99.9", "%"), q(Comparator.GT, "99.9", "%")))
                .isEqualTo(TargetOutcome.MET);
    }

    @Test
    void exactValuesAgainstUpperAndLowerTargets() {
        assertThat(outcome(q(Comparator.EQ, "280", "ms"), q(Comparator.LT, "250", "ms")))
                .isEqualTo(TargetOutcome.MISSED);
        assertThat(outcome(q(Comparator.EQ, "250", "ms"), q(Comparator.LT, "250", "ms")))
                .isEqualTo(TargetOutcome.MISSED);
        assertThat(outcome(q(Comparator.EQ, "250", "ms"), q(Comparator.LE, "250", "ms")))
                .isEqualTo(TargetOutcome.MET);
        assertThat(outcome(q(Comparator.APPROX, "60", "req/s"), q(Comparator.GT, "50", "req/s")))
                .isEqualTo(TargetOutcome.MET);
        assertThat(outcome(q(Comparator.EQ, "40", "req/s"), q(Comparator.GE, "50", "req/s")))
                .isEqualTo(TargetOutcome.MISSED);
    }

    @Test
    void unitsAreConvertedWithinAFamilyOnly() {
        assertThat(outcome(q(Comparator.EQ, "2", "min"), q(Comparator.LT, "180", "s"))).isEqualTo(TargetOutcome.MET);
        assertThat(outcome(q(Comparator.EQ, "1.5", "GB"), q(Comparator.LT, "1024", "MB")))
                .isEqualTo(TargetOutcome.MISSED);
        assertThat(outcome(q(Comparator.EQ, "60", "req/s"), q(Comparator.GT, "50", "msg/sec")))
                .isEqualTo(TargetOutcome.UNKNOWN);
    }

    @Test
    void openBoundsOnTheWrongSideAreUnknownOrMissed() {
        assertThat(outcome(q(Comparator.LT, "300", "ms"), q(Comparator.LT, "250", "ms")))
                .isEqualTo(TargetOutcome.UNKNOWN);
        assertThat(outcome(q(Comparator.GT, "300", "ms"), q(Comparator.LT, "250", "ms")))
                .isEqualTo(TargetOutcome.MISSED);
        assertThat(outcome(q(Comparator.LT, "40", "req/s"), q(Comparator.GT, "50", "req/s")))
                .isEqualTo(TargetOutcome.MISSED);
    }

    @Test
    void noTargetOrNoNumber() {
        assertThat(outcome(q(Comparator.EQ, "1", ""), null)).isEqualTo(TargetOutcome.NO_TARGET);
        assertThat(TargetCheck.outcome(new Metric("m", "Healthy", null, "<1%", q(Comparator.LT, "1", "%"),
                Status.NONE, "g", 1))).isEqualTo(TargetOutcome.UNKNOWN);
        assertThat(TargetCheck.outcome(null)).isEqualTo(TargetOutcome.NO_TARGET);
    }
}
