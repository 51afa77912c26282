package dev.gonogo.site.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Met or missed only when the numbers prove it. */
class TargetOutcomeTest {

    @Test
    void upperBoundTargets() {
        assertThat(assess(q(Comparator.LT, "20", "s"), q(Comparator.LT, "20", "s"))).isEqualTo(TargetOutcome.MET);
        assertThat(assess(q(Comparator.EQ, "182", "ms"), q(Comparator.LT, "250", "ms"))).isEqualTo(TargetOutcome.MET);
        assertThat(assess(q(Comparator.EQ, "740", "ms"), q(Comparator.LT, "500", "ms")))
                .isEqualTo(TargetOutcome.MISSED);
        assertThat(assess(q(Comparator.EQ, "500", "ms"), q(Comparator.LT, "500", "ms")))
                .isEqualTo(TargetOutcome.MISSED);
        assertThat(assess(q(Comparator.EQ, "500", "ms"), q(Comparator.LE, "500", "ms"))).isEqualTo(TargetOutcome.MET);
        assertThat(assess(q(Comparator.LT, "30", "s"), q(Comparator.LT, "20", "s")))
                .isEqualTo(TargetOutcome.NOT_COMPARABLE);
    }

    @Test
    void lowerBoundTargets() {
        assertThat(assess(q(Comparator.EQ, "99.97", "%"), q(Comparator.GE, "99.95", "%")))
                .isEqualTo(TargetOutcome.MET);
        assertThat(assess(q(Comparator.EQ, "4100", "msg/sec"), q(Comparator.GT, "6000", "msg/sec")))
                .isEqualTo(TargetOutcome.MISSED);
        assertThat(assess(q(Comparator.GE, "6800", "msg/sec"), q(Comparator.GT, "6000", "msg/sec")))
                .isEqualTo(TargetOutcome.MET);
    }

    @Test
    void withoutTargetOrComparableUnits() {
        assertThat(assess(q(Comparator.EQ, "1", "%"), null)).isEqualTo(TargetOutcome.NO_TARGET);
        assertThat(assess(null, q(Comparator.LT, "1", "%"))).isEqualTo(TargetOutcome.NOT_COMPARABLE);
        assertThat(assess(q(Comparator.EQ, "2", "min"), q(Comparator.LT, "3", "s")))
                .isEqualTo(TargetOutcome.NOT_COMPARABLE);
        assertThat(assess(q(Comparator.EQ, "0", "s"), q(Comparator.EQ, "0", "s"))).isEqualTo(TargetOutcome.MET);
    }

    private static TargetOutcome assess(Quantity value, Quantity target) {
        return TargetOutcome.assess(value, target);
    }

    private static Quantity q(Comparator comparator, String number, String unit) {
        return new Quantity(comparator.symbol() + number + unit, comparator, new BigDecimal(number), null, unit);
    }
}
