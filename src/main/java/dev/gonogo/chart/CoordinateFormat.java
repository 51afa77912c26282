package dev.gonogo.chart;

import java.util.function.DoubleFunction;
import org.jfree.svg.util.DoubleConverter;

/**
 * Writes SVG coordinates exactly as JFreeSVG's {@link DoubleConverter} does (pattern {@code 0.##…}, half-even on the
 * double's exact value, {@code -0} for a negative that rounds to zero), without a {@code DecimalFormat} call for
 * each of the thousands of numbers in a chart: that call was 40% of drawing one. A number close to a rounding tie,
 * or too large to scale into a {@code long}, is left to the converter itself. Not thread-safe (the converter is
 * not); one per drawing.
 */
final class CoordinateFormat implements DoubleFunction<String> {
    /** Below this distance from a tie, the scaled double may sit on the wrong side of it: ask the converter. */
    private static final double TIE_MARGIN = 1e-6;
    private static final double LARGEST_FAST = 1e12;

    private final long scale;
    private final DoubleConverter exact;

    CoordinateFormat(int decimals) {
        this.scale = (long) Math.pow(10, decimals);
        this.exact = new DoubleConverter(decimals);
    }

    @Override
    public String apply(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude < LARGEST_FAST)) {
            return exact.apply(value);
        }
        double scaled = magnitude * scale;
        double fraction = scaled - Math.floor(scaled);
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return exact.apply(value);
        }
        long units = Math.round(scaled);
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return format(units, negative);
    }

    private String format(long units, boolean negative) {
        StringBuilder text = new StringBuilder(12);
        if (negative) {
            text.append('-');
        }
        text.append(units / scale);
        long fraction = units % scale;
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }
}
