package dev.gonogo.check;

import static dev.gonogo.check.TestReviews.dec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void roundsHalfUpToTheStatedPrecision() {
        assertThat(Decimals.round(dec("85.65"), 1)).isEqualByComparingTo("85.7");
        assertThat(Decimals.round(dec("85.65"), 0)).isEqualByComparingTo("86");
        assertThat(Decimals.round(dec("94.375"), 2)).isEqualByComparingTo("94.38");
        assertThat(Decimals.round(dec("85.64999"), 1)).isEqualByComparingTo("85.6");
    }

    @Test
    void writesNumbersPlainWithoutTrailingZerosOrExponent() {
        assertThat(Decimals.plain(dec("85.650"))).isEqualTo("85.65");
        assertThat(Decimals.plain(dec("1E+2"))).isEqualTo("100");
        assertThat(Decimals.plain(dec("0.00"))).isEqualTo("0");
    }

    @Test
    void rescalesBetweenScalesExactly() {
        assertThat(Decimals.rescale(dec("8.15"), dec("10"), dec("100"))).isEqualByComparingTo("81.5");
        assertThat(Decimals.percent(dec("3"), dec("5"))).isEqualByComparingTo("60");
    }

    @Test
    void nonTerminatingDivisionKeepsTenDecimals() {
        assertThat(Decimals.divide(dec("644"), dec("9"))).isEqualByComparingTo("71.5555555556");
    }
}
