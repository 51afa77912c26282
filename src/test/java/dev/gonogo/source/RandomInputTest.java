package dev.gonogo.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the bytes, decoding returns a document or throws a one-line {@link InputException} naming the
 * file — never another exception, never a hang. Seeded, so a failure reproduces.
 */
class RandomInputTest {
    private static final String BASE = new String(SourceReaderTest.resource("/fixtures/review-cp1251.md"),
            java.nio.charset.Charset.forName("windows-1251"));

    private final SourceReader reader = new SourceReader();

    @Test
    void randomBytesAreADocumentOrAnInputError() {
        Random random = new Random(20_260_110);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 2000; i++) {
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                decodeOrInputError(bytes);
            }
        });
    }

    @Test
    void mutatedReviewsAreADocumentOrAnInputError() {
        Random random = new Random(83_5);
        byte[][] bases = {
            BASE.getBytes(StandardCharsets.UTF_8),
            Mojibake.of(BASE, "x-MacRoman"),
            Mojibake.of(BASE, "windows-1252"),
            SourceReaderTest.resource("/fixtures/review-cp1251.md"),
            BASE.getBytes(StandardCharsets.UTF_16LE),
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 1000; i++) {
                byte[] bytes = bases[i % bases.length].clone();
                int mutations = 1 + random.nextInt(4);
                for (int m = 0; m < mutations; m++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                decodeOrInputError(bytes);
            }
        });
    }

    private void decodeOrInputError(byte[] bytes) {
        try {
            SourceDocument document = reader.decode(bytes, "fuzz.md");
            assertThat(document.info().bytes()).isEqualTo(bytes.length);
            assertThat(document.text()).doesNotContain("\0");
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.md: ").doesNotContain("\n");
        }
    }
}
