package dev.gonogo.chart;

import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a metric meets its target, converting units that measure the same thing ({@code 2min} against
 * {@code <180s}). A value is a range, not a point: {@code <20s} means anywhere below 20 s, so it meets the
 * target {@code <20s} but not {@code <10s}, because the document does not show that it does.
 */
public final class MetricTargets {

    private record Unit(String dimension, BigDecimal factor) {
    }

    /** Units by normalised spelling; the factor converts to the dimension's base unit (ms, byte, %). */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            time("ns", "0.000001"), time("us", "0.001"), time("µs", "0.001"), time("μs", "0.001"),
            time("ms", "1"), time("мс", "1"),
            time("s", "1000"), time("sec", "1000"), time("secs", "1000"), time("second", "1000"),
            time("seconds", "1000"), time("с", "1000"), time("сек", "1000"),
            time("min", "60000"), time("mins", "60000"), time("minute", "60000"), time("minutes", "60000"),
            time("мин", "60000"),
            time("h", "3600000"), time("hr", "3600000"), time("hrs", "3600000"), time("hour", "3600000"),
            time("hours", "3600000"), time("ч", "3600000"),
            time("d", "86400000"), time("day", "86400000"), time("days", "86400000"), time("дн", "86400000"),
            size("b", "1"), size("byte", "1"), size("bytes", "1"), size("kb", "1000"), size("kib", "1024"),
            size("mb", "1000000"), size("mib", "1048576"), size("gb", "1000000000"), size("gib", "1073741824"),
            size("кб", "1000"), size("мб", "1000000"), size("гб", "1000000000"),
            Map.entry("%", new Unit("percent", BigDecimal.ONE)));

    private MetricTargets() {
    }

    /** Where the metric stands against its target. */
    public static MetricOutcome outcome(Metric metric) {
        if (metric.target() == null && metric.targetQuantity() == null) {
            return MetricOutcome.NO_TARGET;
        }
        if (metric.quantity() == null || metric.targetQuantity() == null) {
            return MetricOutcome.NOT_COMPARABLE;
        }
        return meets(metric.quantity(), metric.targetQuantity())
                .map(met -> met ? MetricOutcome.MET : MetricOutcome.MISSED)
                .orElse(MetricOutcome.NOT_COMPARABLE);
    }

    /**
     * Whether every value the quantity allows satisfies the target; empty when their units cannot be compared.
     * A missing unit on one side is taken to be the other side's unit ({@code 97%} against {@code >95}).
     */
    public static Optional<Boolean> meets(Quantity value, Quantity target) {
        Amount v = amount(value, normalise(target.unit()));
        Amount t = amount(target, v.unit());
        return factors(v.unit(), t.unit()).map(factors -> {
            int order = v.number().multiply(factors[0]).compareTo(t.number().multiply(factors[1]));
            return satisfies(value.comparator(), order, target.comparator());
        });
    }

    /** A number in a normalised unit. */
    private record Amount(BigDecimal number, String unit) {
    }

    /** {@code order} is the value's number compared with the target's, both in the same unit. */
    private static boolean satisfies(Comparator bound, int order, Comparator wanted) {
        return switch (wanted) {
            case LT -> everyValueBelow(bound, order, true);
            case LE -> everyValueBelow(bound, order, false);
            case GT -> everyValueAbove(bound, order, true);
            case GE -> everyValueAbove(bound, order, false);
            case EQ, APPROX -> (bound == Comparator.EQ || bound == Comparator.APPROX) && order == 0;
        };
    }

    private static boolean everyValueBelow(Comparator bound, int order, boolean strictly) {
        return switch (bound) {
            case EQ, APPROX, LE -> strictly ? order < 0 : order <= 0;
            case LT -> order <= 0;
            case GT, GE -> false;
        };
    }

    private static boolean everyValueAbove(Comparator bound, int order, boolean strictly) {
        return switch (bound) {
            case EQ, APPROX, GE -> strictly ? order > 0 : order >= 0;
            case GT -> order >= 0;
            case LT, LE -> false;
        };
    }

    /** The factors that bring both units to one base unit, or empty when they measure different things. */
    private static Optional<BigDecimal[]> factors(String valueUnit, String targetUnit) {
        if (valueUnit.isEmpty() || targetUnit.isEmpty() || valueUnit.equals(targetUnit)) {
            return Optional.of(new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE});
        }
        Unit a = UNITS.get(valueUnit);
        Unit b = UNITS.get(targetUnit);
        if (a == null || b == null || !a.dimension().equals(b.dimension())) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal[] {a.factor(), b.factor()});
    }

    /** The quantity's number; {@code 5/5} read as 100 when the other side is a percentage. */
    private static Amount amount(Quantity quantity, String otherUnit) {
        String unit = normalise(quantity.unit());
        BigDecimal outOf = quantity.outOf();
        if (outOf != null && outOf.signum() != 0 && otherUnit.equals("%") && (unit.isEmpty() || unit.equals("%"))) {
            return new Amount(Decimals.divide(quantity.number().multiply(Decimals.HUNDRED), outOf), "%");
        }
        return new Amount(quantity.number(), unit);
    }

    private static String normalise(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (u.endsWith(".")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.replace("/sec", "/s").replace("/second", "/s").replace(" ", "");
    }

    private static Map.Entry<String, Unit> time(String spelling, String toMillis) {
        return Map.entry(spelling, new Unit("time", new BigDecimal(toMillis)));
    }

    private static Map.Entry<String, Unit> size(String spelling, String toBytes) {
        return Map.entry(spelling, new Unit("size", new BigDecimal(toBytes)));
    }
}
