package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {

    private final DateReader reader = new DateReader(Vocabulary.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-10 (планируется)   | 2026-01-10",
            "Jan 7, 2026                | 2026-01-07",
            "Jan 7-8, 2026              | 2026-01-07",
            "January 10, 2026           | 2026-01-10",
            "10.01.2026                 | 2026-01-10",
            "10 января 2026             | 2026-01-10",
            "RUNNING (завершится Jan 8, 00:58 CET) | 2026-01-08",
            "after Feb 27               | 2026-02-27",
            "3 March                    | 2026-03-03",
    })
    void readsTheFirstDate(String text, LocalDate expected) {
        assertThat(reader.firstDate(text, 2026)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"5 Marketing tasks", "version 3.4.0", "Jan 32", "2026-13-01", "15 minutes"})
    void notDates(String text) {
        assertThat(reader.firstDate(text, 2026)).isNull();
    }

    @org.junit.jupiter.api.Test
    void withoutAYearInContextTheDateIsKeptAsWritten() {
        assertThat(reader.find("Jan 8", null)).hasValueSatisfying(d -> {
            assertThat(d.text()).isEqualTo("Jan 8");
            assertThat(d.date()).isNull();
        });
    }
}
