package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.defaults();

    @Test
    void theFirstMarkDecides() {
        assertThat(vocabulary.statusIn("⏳ Ready (после stability test)")).isEqualTo(new Status("⏳", State.IN_PROGRESS));
        assertThat(vocabulary.statusIn("Deploy ✅ then ❌")).isEqualTo(new Status("✅", State.DONE));
    }

    @Test
    void aStatusWordCountsWhenItOpensTheText() {
        assertThat(vocabulary.statusIn("RUNNING (завершится Jan 8)")).isEqualTo(new Status("RUNNING", State.IN_PROGRESS));
        assertThat(vocabulary.statusIn("**PASS**")).isEqualTo(new Status("PASS", State.DONE));
        assertThat(vocabulary.statusIn("В процессе подготовки")).isEqualTo(new Status("В процессе", State.IN_PROGRESS));
        assertThat(vocabulary.statusIn("Требует настройки")).isEqualTo(new Status("Требует настройки", State.ATTENTION));
        assertThat(vocabulary.statusIn("FAILED twice")).isEqualTo(new Status("FAILED", State.FAILED));
        assertThat(vocabulary.statusIn("5/5 Running")).as("not at the start").isEqualTo(Status.NONE);
        assertThat(vocabulary.statusIn("Passenger count")).as("whole words only").isEqualTo(Status.NONE);
    }

    @Test
    void emojiMatchWithOrWithoutVariationSelector() {
        assertThat(vocabulary.statusIn("⚠ plain")).isEqualTo(new Status("⚠", State.ATTENTION));
        assertThat(vocabulary.statusIn("⚠️ with selector")).isEqualTo(new Status("⚠️", State.ATTENTION));
        assertThat(vocabulary.statusIn("✔ ok").state()).isEqualTo(State.DONE);
        assertThat(vocabulary.statusIn(":white_check_mark: done").state()).isEqualTo(State.DONE);
        assertThat(vocabulary.statusIn("🔴 down").state()).isEqualTo(State.FAILED);
    }

    @Test
    void boxesWithoutMarks() {
        assertThat(vocabulary.boxStatus(true)).isEqualTo(new Status("[x]", State.DONE));
        assertThat(vocabulary.boxStatus(false)).isEqualTo(new Status("[ ]", State.NONE));
    }

    @Test
    void headingsByKind() {
        assertThat(vocabulary.headingIs(HeadingKind.METRICS, "Текущие Метрики (Jan 7, 2026)")).isTrue();
        assertThat(vocabulary.headingIs(HeadingKind.METRICS, "Key SLIs")).isTrue();
        assertThat(vocabulary.headingIs(HeadingKind.NO_GO, "No-Go Decision (если)")).isTrue();
        assertThat(vocabulary.headingIs(HeadingKind.NO_GO, "Go/No-Go Criteria")).isFalse();
        assertThat(vocabulary.headingIs(HeadingKind.RISKS, "Risk Assessment")).isTrue();
    }

    @Test
    void matrixColumns() {
        assertThat(vocabulary.columnKind("Вес")).isEqualTo(ColumnKind.WEIGHT);
        assertThat(vocabulary.columnKind("Gewicht")).isEqualTo(ColumnKind.WEIGHT);
        assertThat(vocabulary.columnKind("Puntuación")).isEqualTo(ColumnKind.SCORE);
        assertThat(vocabulary.columnKind("Score (0–5)")).isEqualTo(ColumnKind.SCORE);
        assertThat(vocabulary.columnKind("Weighted Score")).isEqualTo(ColumnKind.WEIGHTED_SCORE);
        assertThat(vocabulary.columnKind("Target Score")).isEqualTo(ColumnKind.TARGET);
        assertThat(vocabulary.columnKind("Область")).isEqualTo(ColumnKind.CRITERION);
        assertThat(vocabulary.columnKind("Статус")).isEqualTo(ColumnKind.STATUS);
        assertThat(vocabulary.columnKind("Owner")).isEqualTo(ColumnKind.OTHER);
        assertThat(vocabulary.isTotalRow("**ИТОГО**")).isTrue();
        assertThat(vocabulary.isTotalRow("Totals")).isTrue();
        assertThat(vocabulary.isTotalRow("Totality checks")).isFalse();
    }

    @Test
    void extraWordsExtendTheLists() throws IOException {
        String yaml = """
                statusWords:
                  DONE: [Shipped]
                headings:
                  metrics: [Telemetry]
                matrixColumns:
                  weight: [Importance]
                """;
        VocabularyWords extra = Vocabulary.readWords(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        Vocabulary extended = vocabulary.withExtra(extra);
        assertThat(extended.statusIn("Shipped on Monday")).isEqualTo(new Status("Shipped", State.DONE));
        assertThat(extended.headingIs(HeadingKind.METRICS, "Telemetry")).isTrue();
        assertThat(extended.columnKind("Importance")).isEqualTo(ColumnKind.WEIGHT);
        assertThat(extended.statusIn("PASS").state()).as("defaults kept").isEqualTo(State.DONE);
        assertThat(vocabulary.statusIn("Shipped")).as("the original is unchanged").isEqualTo(Status.NONE);
    }
}
