package dev.gonogo.check;

import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a metric meets its own target, converting units that measure the same thing ({@code 2min}
 * against {@code <180s}; KB, MB and GB count in 1024s). A value is a range, not a point: {@code <20s} means
 * anywhere below 20 s, so it meets the target {@code <20s}, misses {@code >30s}, and leaves {@code <10s} unknown.
 * The one judgement shared by the {@code metric-target} rule, the charts, the site and review diffs, so they
 * never disagree about a metric.
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
            size("b", "1"), size("byte", "1"), size("bytes", "1"), size("kb", "1024"), size("kib", "1024"),
            size("mb", "1048576"), size("mib", "1048576"), size("gb", "1073741824"), size("gib", "1073741824"),
            size("кб", "1024"), size("мб", "1048576"), size("гб", "1073741824"),
            Map.entry("%", new Unit("percent", BigDecimal.ONE)));

    private MetricTargets() {
    }

    /** Where the metric stands against its target. */
    public static TargetOutcome outcome(Metric metric) {
        if (metric.target() == null && metric.targetQuantity() == null) {
            return TargetOutcome.NO_TARGET;
        }
        if (metric.quantity() == null || metric.targetQuantity() == null) {
            return TargetOutcome.UNKNOWN;
        }
        return compare(metric.quantity(), metric.targetQuantity());
    }

    /**
     * Whether the values the quantity allows meet the target: all of them ({@code MET}), none ({@code MISSED}),
     * or some, or the units cannot be compared ({@code UNKNOWN}). A missing unit on one side is taken to be the
     * other side's unit ({@code 97%} against {@code >95}); {@code 5/5} against a percentage reads as 100.
     */
    public static TargetOutcome compare(Quantity value, Quantity target) {
        Amount v = amount(value, normalise(target.unit()));
        Amount t = amount(target, v.unit());
        Optional<BigDecimal[]> factors = factors(v.unit(), t.unit());
        if (factors.isEmpty()) {
            return TargetOutcome.UNKNOWN;
        }
        int order = v.number().multiply(factors.get()[0]).compareTo(t.number().multiply(factors.get()[1]));
        Comparator bound = value.comparator();
        return switch (target.comparator()) {
            case LT -> judge(everyValueBelow(bound, order, true), everyValueAbove(bound, order, false));
            case LE -> judge(everyValueBelow(bound, order, false), everyValueAbove(bound, order, true));
            case GT -> judge(everyValueAbove(bound, order, true), everyValueBelow(bound, order, false));
            case GE -> judge(everyValueAbove(bound, order, false), everyValueBelow(bound, order, true));
            // A target written without a direction ("target: 80%") does not say whether more is better, so only
            // an exact hit is judged; anything else would be a guess, and a guess is a false alarm.
            case EQ, APPROX -> isExact(bound) && order == 0 ? TargetOutcome.MET : TargetOutcome.UNKNOWN;
        };
    }

    /** A number in a normalised unit. */
    private record Amount(BigDecimal number, String unit) {
    }

    private static TargetOutcome judge(boolean allMeet, boolean noneMeet) {
        return allMeet ? TargetOutcome.MET : noneMeet ? TargetOutcome.MISSED : TargetOutcome.UNKNOWN;
    }

    /** Whether every value the bound allows is below the target; {@code order} compares their numbers. */
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

    private static boolean isExact(Comparator bound) {
        return bound == Comparator.EQ || bound == Comparator.APPROX;
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
            return new Amount(Decimals.divide(quantity.number().multiply(BigDecimal.valueOf(100)), outOf), "%");
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
