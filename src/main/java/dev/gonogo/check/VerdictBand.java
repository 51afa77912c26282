package dev.gonogo.check;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A verdict and the lowest score (on a 100-point scale) that earns it: {@code Go ≥ 90}, {@code Go with
 * conditions ≥ 75}, {@code No-Go ≥ 0}.
 *
 * @param verdict the verdict as reviews write it
 * @param minimum the lowest score, inclusive, in percent
 * @param aliases other ways reviews write the same verdict ({@code GO с условиями})
 */
public record VerdictBand(String verdict, BigDecimal minimum, List<String> aliases) {

    /** Highest minimum first: the order in which a score is matched against the bands. */
    public static final Comparator<VerdictBand> HIGHEST_FIRST =
            Comparator.comparing(VerdictBand::minimum).reversed().thenComparing(VerdictBand::verdict);

    public VerdictBand {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(minimum, "minimum");
        aliases = List.copyOf(aliases);
        if (verdict.isBlank()) {
            throw new IllegalArgumentException("a verdict band needs a verdict");
        }
    }

    public VerdictBand(String verdict, BigDecimal minimum) {
        this(verdict, minimum, List.of());
    }

    /** The verdict and its aliases. */
    public Stream<String> names() {
        return Stream.concat(Stream.of(verdict), aliases.stream());
    }
}
