package dev.gonogo.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.MetricTargets;
import dev.gonogo.check.TargetOutcome;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the metric-target rule counts as a miss: only what the written numbers prove. */
class DoneMetricMeetsTargetRuleTest {

    @ParameterizedTest(name = "{0}{1}{2} against target {3}{4}{5} misses: {6}")
    @CsvSource({
        // value            target            misses
        "EQ, 280, ms,        LT, 250, ms,       true",
        "EQ, 240, ms,        LT, 250, ms,       false",
        "LT, 20,  s,         LT, 20,  s,        false",   // equal to a < bound as written: met
        "EQ, 20,  s,         LT, 20,  s,        true",
        "LE, 20,  s,         LT, 20,  s,        false",   // may be 20 (missed) or less (met): not proven, no alarm
        "LT, 25,  s,         LT, 20,  s,        false",   // a looser bound neither proves nor refutes
        "EQ, 2.3, s,         LT, 2500, ms,      false",   // units converted
        "EQ, 3,   min,       LT, 120, s,        true",
        "EQ, 1.5, GB,        LE, 2048, MB,      false",
        "EQ, 3,   GB,        LE, 2048, MB,      true",
        "GT, 99.9, %,        GE, 99.95, %,      false",  // above 99.9 may or may not reach 99.95: not proven
        "GT, 99.95, %,       GT, 99.9, %,       false",
        "GT, 6800, msg/sec,  GT, 50,  req/s,    false",   // different things counted: not compared
        "EQ, 40,  req/s,     GT, 50,  req/s,    true",
        "EQ, 3000, req/min,  GT, 40,  req/s,    false",   // 50 req/s
        "GT, 100, ms,        LT, 250, ms,       false",   // a lower bound says nothing about a < target
        "EQ, 85,  %,         EQ, 80,  %,        false",   // a target without direction is not judged
        "EQ, 250, '',        LT, 200, ms,       true",    // a bare value takes the target's unit
    })
    void judgesValuesAgainstTargets(Comparator vc, String v, String vu, Comparator tc, String t, String tu,
                                    boolean misses) {
        Quantity value = new Quantity(v + vu, vc, new BigDecimal(v), null, vu);
        Quantity target = new Quantity(t + tu, tc, new BigDecimal(t), null, tu);

        assertThat(MetricTargets.compare(value, target) == TargetOutcome.MISSED).isEqualTo(misses);
    }
}
