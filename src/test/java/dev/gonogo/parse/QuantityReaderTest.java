package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader(Vocabulary.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<500ms            | LT     | 500   | ms",
            "6,800+ msg/sec    | GE     | 6800  | msg/sec",
            ">99.9%            | GT     | 99.9  | %",
            "~25ms average     | APPROX | 25    | ms",
            "97%               | EQ     | 97    | %",
            "30,5%             | EQ     | 30.5  | %",
            "≥ 99.9 %          | GE     | 99.9  | %",
            "около 70%         | APPROX | 70    | %",
            "<2.4MB            | LT     | 2.4   | MB",
            "24+ hours         | GE     | 24    | hours",
            "1 000 users       | EQ     | 1000  | users",
            "100k nodes        | EQ     | 100000 | nodes",
            "1M+               | GE     | 1000000 | ''",
            "85%+              | GE     | 85    | %",
            "2.4MB             | EQ     | 2.4   | MB",
    })
    void readsTheFirstQuantity(String text, Comparator comparator, String number, String unit) {
        Quantity quantity = reader.read(text).orElseThrow();
        assertThat(quantity.comparator()).isEqualTo(comparator);
        assertThat(quantity.number()).isEqualByComparingTo(number);
        assertThat(quantity.unit()).isEqualTo(unit);
    }

    @Test
    void fractions() {
        Quantity quantity = reader.read("5/5 Running").orElseThrow();
        assertThat(quantity.number()).isEqualByComparingTo("5");
        assertThat(quantity.outOf()).isEqualByComparingTo("5");
        assertThat(quantity.text()).isEqualTo("5/5");
    }

    @Test
    void namesAndVersionsAreNotQuantities() {
        assertThat(reader.read("3.4.0-fixed2")).isEmpty();
        assertThat(reader.read("ML-KEM-768 + ML-DSA-65")).isEmpty();
        assertThat(reader.read("p95 only")).isEmpty();
        assertThat(reader.read("Healthy")).isEmpty();
        assertThat(reader.read("p95 < 200ms").orElseThrow().number()).isEqualByComparingTo("200");
    }
}
