package dev.gonogo.site.page;

import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a metric's value meets the target written beside it ({@code <20s} against {@code target: <20s}).
 * Only what the numbers prove counts: different units, ratios ({@code 5/5}) or bounds pointing the wrong way
 * are {@link #NOT_COMPARABLE}, never guessed.
 */
public enum TargetOutcome {
    MET, MISSED, NO_TARGET, NOT_COMPARABLE;

    private static final Set<Comparator> UPPER = EnumSet.of(Comparator.LT, Comparator.LE);
    private static final Set<Comparator> LOWER = EnumSet.of(Comparator.GT, Comparator.GE);
    private static final Set<Comparator> EXACT = EnumSet.of(Comparator.EQ, Comparator.APPROX);

    /** The CSS/message name: {@code met}, {@code missed}, {@code no-target}, {@code not-comparable}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Assesses a value against a target; either may be {@code null}. */
    public static TargetOutcome assess(Quantity value, Quantity target) {
        if (target == null) {
            return NO_TARGET;
        }
        if (value == null || value.outOf() != null || target.outOf() != null || !sameUnit(value, target)) {
            return NOT_COMPARABLE;
        }
        Comparator wanted = target.comparator();
        if (UPPER.contains(wanted)) {
            return bounded(value, target, UPPER, 1);
        }
        if (LOWER.contains(wanted)) {
            return bounded(value, target, LOWER, -1);
        }
        if (EXACT.contains(value.comparator())) {
            return value.number().compareTo(target.number()) == 0 ? MET : MISSED;
        }
        return NOT_COMPARABLE;
    }

    /**
     * A bound target: {@code direction} 1 means the value must stay below the target, -1 above it. A value
     * written with the same kind of bound ({@code <20s} for {@code <20s}) meets it when its bound is as tight.
     */
    private static TargetOutcome bounded(Quantity value, Quantity target, Set<Comparator> sameSide, int direction) {
        if (!EXACT.contains(value.comparator()) && !sameSide.contains(value.comparator())) {
            return NOT_COMPARABLE;
        }
        int c = value.number().compareTo(target.number()) * direction;
        boolean strictTarget = target.comparator() == Comparator.LT || target.comparator() == Comparator.GT;
        boolean strictValue = value.comparator() == Comparator.LT || value.comparator() == Comparator.GT;
        if (c < 0) {
            return MET;
        }
        if (c == 0) {
            return !strictTarget || strictValue ? MET : MISSED;
        }
        return sameSide.contains(value.comparator()) ? NOT_COMPARABLE : MISSED;
    }

    private static boolean sameUnit(Quantity value, Quantity target) {
        return value.unit().isEmpty() || target.unit().isEmpty() || value.unit().equalsIgnoreCase(target.unit());
    }
}
