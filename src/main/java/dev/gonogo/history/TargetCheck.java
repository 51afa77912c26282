package dev.gonogo.history;

import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Decides whether a metric's value meets its own stated target. Units are compared after conversion within a
 * family (ms/s/min/h, B/KB/MB/GB); other units must match as written. A value that is a bound equal to the
 * target's bound ({@code <20s} against {@code <20s}) meets it.
 */
final class TargetCheck {
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            unit("ms", "time", "1"), unit("мс", "time", "1"),
            unit("s", "time", "1000"), unit("sec", "time", "1000"), unit("secs", "time", "1000"),
            unit("с", "time", "1000"), unit("сек", "time", "1000"),
            unit("min", "time", "60000"), unit("mins", "time", "60000"), unit("мин", "time", "60000"),
            unit("h", "time", "3600000"), unit("hr", "time", "3600000"), unit("ч", "time", "3600000"),
            unit("b", "size", "1"), unit("kb", "size", "1024"), unit("mb", "size", "1048576"),
            unit("gb", "size", "1073741824"), unit("kib", "size", "1024"), unit("mib", "size", "1048576"),
            unit("gib", "size", "1073741824"));

    private record Unit(String family, BigDecimal factor) {
    }

    private TargetCheck() {
    }

    static TargetOutcome outcome(Metric metric) {
        if (metric == null || metric.target() == null) {
            return TargetOutcome.NO_TARGET;
        }
        Quantity value = metric.quantity();
        Quantity target = metric.targetQuantity();
        if (value == null || target == null) {
            return TargetOutcome.UNKNOWN;
        }
        OptionalInt sign = compare(value, target);
        return sign.isPresent() ? judge(value.comparator(), target.comparator(), sign.getAsInt())
                : TargetOutcome.UNKNOWN;
    }

    /** value − target as a sign, after unit conversion; empty when the units cannot be compared. */
    private static OptionalInt compare(Quantity value, Quantity target) {
        String valueUnit = value.unit().strip().toLowerCase(Locale.ROOT);
        String targetUnit = target.unit().strip().toLowerCase(Locale.ROOT);
        if (valueUnit.equals(targetUnit)) {
            return OptionalInt.of(value.number().compareTo(target.number()));
        }
        Unit from = UNITS.get(valueUnit);
        Unit to = UNITS.get(targetUnit);
        if (from == null || to == null || !from.family().equals(to.family())) {
            return OptionalInt.empty();
        }
        BigDecimal left = value.number().multiply(from.factor());
        BigDecimal right = target.number().multiply(to.factor());
        return OptionalInt.of(left.compareTo(right));
    }

    private static TargetOutcome judge(Comparator value, Comparator target, int sign) {
        return switch (target) {
            case LT, LE -> upperBound(value, sign, target == Comparator.LT);
            case GT, GE -> upperBound(flip(value), -sign, target == Comparator.GT);
            case EQ, APPROX -> isExact(value) ? (sign == 0 ? TargetOutcome.MET : TargetOutcome.MISSED)
                    : TargetOutcome.UNKNOWN;
        };
    }

    /** The target says "below t"; {@code sign} compares the value's number v with t. */
    private static TargetOutcome upperBound(Comparator value, int sign, boolean strict) {
        if (isExact(value)) {
            return sign < 0 || (sign == 0 && !strict) ? TargetOutcome.MET : TargetOutcome.MISSED;
        }
        if (value == Comparator.LT || value == Comparator.LE) {
            return sign <= 0 ? TargetOutcome.MET : TargetOutcome.UNKNOWN;
        }
        return sign > 0 || (sign == 0 && value == Comparator.GT) ? TargetOutcome.MISSED : TargetOutcome.UNKNOWN;
    }

    private static boolean isExact(Comparator comparator) {
        return comparator == Comparator.EQ || comparator == Comparator.APPROX;
    }

    /** Mirrors a bound so that a lower-bound target can be judged as an upper-bound one. */
    private static Comparator flip(Comparator comparator) {
        return switch (comparator) {
            case LT -> Comparator.GT;
            case LE -> Comparator.GE;
            case GT -> Comparator.LT;
            case GE -> Comparator.LE;
            default -> comparator;
        };
    }

    private static Map.Entry<String, Unit> unit(String symbol, String family, String factor) {
        return Map.entry(symbol, new Unit(family, new BigDecimal(factor)));
    }
}
