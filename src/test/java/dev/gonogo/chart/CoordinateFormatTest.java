package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jfree.svg.util.DoubleConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast coordinate format writes exactly what JFreeSVG's own converter writes. */
class CoordinateFormatTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void writesWhatJFreeSvgWritesForEveryKindOfNumber(int decimals) {
        CoordinateFormat fast = new CoordinateFormat(decimals);
        DoubleConverter exact = new DoubleConverter(decimals);

        for (double value : numbers()) {
            assertThat(fast.apply(value)).as("%s", value).isEqualTo(exact.apply(value));
        }
    }

    /** Chart coordinates, halves, exact and near rounding ties, negatives, signed zeros and what is not finite. */
    private static List<Double> numbers() {
        List<Double> numbers = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.125, 0.375, 2.675, 1.005, -0.001,
                -0.004, -0.005, 0.00005, 0.00015, 146.0, 257.5, 23.14, 0.1882352977991104, 1e11, 1e12, 1e13, -1e15,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double coordinate = random.nextDouble() * 2000 - 500;
            numbers.add(coordinate);
            numbers.add(Math.round(coordinate * 1000) / 1000.0);
            numbers.add(Math.round(coordinate * 100_000) / 100_000.0);
            numbers.add(Math.round(coordinate * 2) / 2.0);
        }
        return numbers;
    }
}
