package dev.gonogo.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Large inputs are read in time linear in their size. The bounds are generous hang guards for a shared CI
 * machine; the measured times are printed (see {@code docs/limits.md} for figures).
 */
class LargeInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String RUSSIAN = new String(SourceReaderTest.resource("/fixtures/review-cp1251.md"),
            Charset.forName("windows-1251"));

    private final SourceReader reader = new SourceReader();

    @Test
    void fiftyMegabyteUtf8ReviewIsDecoded() {
        byte[] bytes = repeat(RUSSIAN, 50_000_000, UTF_8).getBytes(UTF_8);

        SourceDocument document = timed("50 MB UTF-8", () -> reader.decode(bytes, "big.md"));

        assertThat(document.info().encoding()).isEqualTo("UTF-8");
        assertThat(document.info().bytes()).isEqualTo(bytes.length);
        assertThat(document.text()).startsWith("# Production Readiness Review — платёжный шлюз PayGate\n");
    }

    @Test
    void fiftyMegabyteWindows1251ReviewIsDecoded() {
        Charset cp1251 = Charset.forName("windows-1251");
        String text = repeat(RUSSIAN, 50_000_000, cp1251);
        byte[] bytes = text.getBytes(cp1251);

        SourceDocument document = timed("50 MB Windows-1251", () -> reader.decode(bytes, "big-cp1251.md"));

        assertThat(document.info().encoding()).isEqualTo("windows-1251");
        assertThat(document.text()).isEqualTo(text);
    }

    @Test
    void fiftyMegabyteMojibakeIsRepaired() {
        // Each Cyrillic letter becomes two Mac Roman characters of two or three bytes: ~2.5 times the size.
        String text = repeat(RUSSIAN, 23_000_000, UTF_8);
        byte[] bytes = Mojibake.of(text, "x-MacRoman");
        assertThat(bytes.length).isBetween(50_000_000, 60_000_000);

        SourceDocument document = timed("50 MB Mac Roman mojibake", () -> reader.decode(bytes, "big-mojibake.md"));

        assertThat(document.info().encoding()).isEqualTo("UTF-8 (repaired: Mac Roman mojibake)");
        assertThat(document.text()).isEqualTo(text);
    }

    @Test
    void tenMegabyteSingleLineIsOneLine() {
        String line = "| " + repeat("Критерий | 30% | 95 ", 10_000_000, UTF_8) + "|";
        byte[] bytes = line.getBytes(UTF_8);
        assertThat(bytes.length).isGreaterThan(10_000_000);

        SourceDocument document = timed("10 MB single line", () -> reader.decode(bytes, "one-line.md"));

        assertThat(document.info().lines()).isEqualTo(1);
        assertThat(document.info().lineEnding()).isEqualTo("none");
        assertThat(document.text()).isEqualTo(line);
    }

    @Test
    void hundredThousandLinesAreCounted() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            text.append("- [x] **Пункт ").append(i).append(":** готово\r\n");
        }
        byte[] bytes = text.toString().getBytes(UTF_8);

        SourceDocument document = timed("100,000 lines", () -> reader.decode(bytes, "long.md"));

        assertThat(document.info().lines()).isEqualTo(100_000);
        assertThat(document.info().lineEnding()).isEqualTo("CRLF");
    }

    @Test
    void invalidByteNearTheEndOfABigFileIsFoundWithItsLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 200_000; i++) {
            text.append("Строка ").append(i).append(": всё хорошо\n");
        }
        byte[] bytes = text.toString().getBytes(UTF_8);
        int lastLineStart = text.toString().getBytes(UTF_8).length - "Строка 200000: всё хорошо\n".getBytes(UTF_8).length;
        bytes[lastLineStart] = (byte) 0xFF;

        InputException error = timed("invalid byte at line 200,000", () -> {
            try {
                reader.decode(bytes, "big.md");
                return null;
            } catch (InputException e) {
                return e;
            }
        });

        assertThat(error).hasMessageStartingWith("big.md: invalid UTF-8 at line 200000: byte 0xFF");
    }

    @Test
    void thousandSmallReviewsAreCheap() {
        byte[] review = RUSSIAN.getBytes(UTF_8);

        timed("1,000 × " + review.length + " bytes", () -> {
            for (int i = 0; i < 1000; i++) {
                assertThat(reader.decode(review, "r" + i + ".md").info().encoding()).isEqualTo("UTF-8");
            }
            return null;
        });
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> action) {
        long start = System.nanoTime();
        T result = assertTimeoutPreemptively(HANG_GUARD, action::get, what + " took too long");
        System.out.printf(Locale.ROOT, "[LargeInputTest] %s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** {@code unit} repeated until it takes at least {@code bytes} bytes in {@code charset}. */
    private static String repeat(String unit, int bytes, Charset charset) {
        return unit.repeat(bytes / unit.getBytes(charset).length + 1);
    }
}
