package dev.gonogo.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.model.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    /** The seed as we have it in the test resources, byte for byte as in the shared folder. */
    private static final Path SEED_CLEAN = Path.of("src/test/resources/seed/prr-x0tta6bl4-v3.4.0.md");
    private static final Path SEED_MOJIBAKE = Path.of("src/test/resources/seed/000_eca485751805e2a7.txt");

    private final SourceReader reader = new SourceReader();

    @Test
    void seedMojibakeDecodesToExactlyTheCleanSeed() throws IOException {
        String clean = Files.readString(SEED_CLEAN, UTF_8);

        SourceDocument document = reader.read(SEED_MOJIBAKE, "seed/000_eca485751805e2a7.txt");

        assertThat(document.text()).isEqualTo(clean);
        assertThat(document.info()).isEqualTo(new SourceInfo("seed/000_eca485751805e2a7.txt",
                "UTF-8 (repaired: Mac Roman mojibake)", false, "LF", true, 12798, 254));
        assertThat(document.info().needsAttention()).isTrue();
    }

    @Test
    void cleanSeedIsPlainUtf8() throws IOException {
        Path seed = SEED_CLEAN;

        SourceDocument document = reader.read(seed, "prr.md");

        assertThat(document.text()).isEqualTo(Files.readString(seed, UTF_8));
        assertThat(document.info()).isEqualTo(new SourceInfo("prr.md", "UTF-8", false, "LF", false, 8074, 254));
        assertThat(document.info().needsAttention()).isFalse();
    }

    /** The parser receives CRLF as written; the text differs from the LF file only in its line endings. */
    @Test
    void seedWithCrlfAndBomKeepsCrlfAndDropsTheBom() throws IOException {
        String clean = Files.readString(SEED_CLEAN, UTF_8);
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                clean.replace("\n", "\r\n").getBytes(UTF_8));

        SourceDocument document = reader.decode(bytes, "prr-crlf.md");

        assertThat(document.text()).doesNotStartWith("\uFEFF").contains("\r\n");
        assertThat(document.text().replace("\r\n", "\n")).isEqualTo(clean);
        assertThat(document.info()).isEqualTo(
                new SourceInfo("prr-crlf.md", "UTF-8", true, "CRLF", false, bytes.length, 254));
    }

    @Test
    void windows1251FixtureIsDetectedAndDecoded() throws IOException {
        byte[] bytes = resource("/fixtures/review-cp1251.md");

        SourceDocument document = reader.decode(bytes, "fixtures/review-cp1251.md");

        assertThat(document.text()).isEqualTo(new String(bytes, Charset.forName("windows-1251")));
        assertThat(document.text().lines().limit(4)).containsExactly(
                "# Production Readiness Review — платёжный шлюз PayGate",
                "",
                "**Дата:** 2025-11-14  ",
                "**Версия:** PayGate v2.7.1  ");
        assertThat(document.text()).contains("| Надёжность | 20% | 70 | В процессе |");
        assertThat(document.info().encoding()).isEqualTo("windows-1251");
        assertThat(document.info().repaired()).isFalse();
        assertThat(document.info().needsAttention()).isTrue();
        assertThat(document.info().lines()).isEqualTo(73);
    }

    @Test
    void emptyFileIsAnEmptyDocument() {
        SourceDocument document = reader.decode(new byte[0], "empty.md");

        assertThat(document.text()).isEmpty();
        assertThat(document.info()).isEqualTo(new SourceInfo("empty.md", "UTF-8", false, "none", false, 0, 0));
    }

    @Test
    void whitespaceOnlyFileIsKeptAsIs() {
        SourceDocument document = reader.decode(" \t\n  \n\n".getBytes(UTF_8), "blank.md");

        assertThat(document.text()).isEqualTo(" \t\n  \n\n");
        assertThat(document.info().lines()).isEqualTo(3);
        assertThat(document.info().lineEnding()).isEqualTo("LF");
    }

    @Test
    void bomOnlyFileIsEmptyWithBom() {
        SourceDocument document = reader.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.md");

        assertThat(document.text()).isEmpty();
        assertThat(document.info().bom()).isTrue();
        assertThat(document.info().lines()).isZero();
    }

    @Test
    void readsFromDiskAndReportsTheDisplayPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("review.md");
        Files.writeString(file, "# Review\n\n- [x] Готово\n", UTF_8);

        SourceDocument document = reader.read(file, "docs/review.md");

        assertThat(document.text()).isEqualTo("# Review\n\n- [x] Готово\n");
        assertThat(document.info().path()).isEqualTo("docs/review.md");
        assertThat(document.info().bytes()).isEqualTo(Files.size(file));
    }

    @Test
    void namesWithSpacesAndCyrillicAreReadAndReportedAsGiven(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("обзоры 2026"));
        Path file = folder.resolve("отчёт о готовности v2.md");
        Files.writeString(file, "# Отчёт\n", UTF_8);

        SourceDocument document = reader.read(file, "обзоры 2026/../обзоры 2026/отчёт о готовности v2.md");

        assertThat(document.text()).isEqualTo("# Отчёт\n");
        assertThat(document.info().path()).isEqualTo("обзоры 2026/../обзоры 2026/отчёт о готовности v2.md");
    }

    @Test
    void symlinkLoopIsAnInputErrorWithoutTheAbsolutePath(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("a.md");
        Path second = dir.resolve("b.md");
        Files.createSymbolicLink(first, second);
        Files.createSymbolicLink(second, first);

        assertThatThrownBy(() -> reader.read(first, "a.md"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("a.md: cannot read: ")
                .hasMessageNotContaining(dir.toString());
    }

    @Test
    void missingFileIsAnInputErrorNamingThePath(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.md"), "reviews/nope.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("reviews/nope.md: no such file");
    }

    @Test
    void directoryIsAnInputErrorNamingThePath(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir, "reviews"))
                .isInstanceOf(InputException.class)
                .hasMessage("reviews: is a directory, not a file");
    }

    @Test
    void fileAboveTheLimitIsRejectedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.md");
        Files.write(file, new byte[2048]);
        SourceReader small = new SourceReader(new SourceLimits(1024));

        assertThatThrownBy(() -> small.read(file, "big.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("big.md: file is 2.0 KiB (2048 bytes), above the limit of 1.0 KiB (1024 bytes)");
    }

    @Test
    void bytesAboveTheLimitAreRejected() {
        SourceReader small = new SourceReader(new SourceLimits(10));

        assertThatThrownBy(() -> small.decode("# eleven b\n".getBytes(UTF_8), "x.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("x.md: file is 11 bytes, above the limit of 10 bytes");
        assertThat(small.decode("# ten byte".getBytes(UTF_8), "x.md").text()).isEqualTo("# ten byte");
    }

    @Test
    void defaultLimitIs64MiB() {
        assertThat(SourceLimits.defaults().maxBytes()).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void oneReaderServesManyThreads() throws Exception {
        byte[] cp1251 = resource("/fixtures/review-cp1251.md");
        byte[] mojibake = Mojibake.of("Статус: ✅ Готово — проверка", "x-MacRoman");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> IntStream.range(0, 50)
                            .mapToObj(j -> reader.decode(j % 2 == 0 ? cp1251 : mojibake, "f").info().encoding())
                            .distinct().sorted().toList()))
                    .toList();
            for (Future<List<String>> result : results) {
                assertThat(result.get()).containsExactly("UTF-8 (repaired: Mac Roman mojibake)", "windows-1251");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = SourceReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
