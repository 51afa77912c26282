package dev.gonogo.cli;

import static dev.gonogo.cli.CheckFiles.PLAIN;
import static dev.gonogo.cli.CheckFiles.check;
import static dev.gonogo.cli.CheckFiles.copy;
import static dev.gonogo.cli.CheckFiles.resourceBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code gonogo check --fix} and {@code --fix --dry-run} through {@link Main}. */
class CheckFixTest {

    private static final String MOJIBAKE = "/seed/000_eca485751805e2a7.txt";

    @TempDir
    Path dir;

    @Test
    void fixingTheMojibakeSeedChangesExactlyTheBytesOf83point5OnLine150() throws IOException {
        byte[] original = resourceBytes(MOJIBAKE);
        Path file = copy(MOJIBAKE, dir, "seed.md");
        int at = offsetOfLine(original, 150) + indexOf(lineBytes(original, 150), "83.5");

        Main.Result result = check(PLAIN, "--fix", file.toString());

        assertThat(result.out()).startsWith(file + ":150:22: fixed: stated score 83.5 → 85.7\n")
                .doesNotContain("[score-mismatch]");
        byte[] fixed = Files.readAllBytes(file);
        assertThat(fixed).hasSameSizeAs(original);
        assertThat(Arrays.copyOfRange(fixed, at, at + 4)).isEqualTo("85.7".getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.copyOfRange(fixed, 0, at)).isEqualTo(Arrays.copyOfRange(original, 0, at));
        assertThat(Arrays.copyOfRange(fixed, at + 4, fixed.length))
                .isEqualTo(Arrays.copyOfRange(original, at + 4, original.length));
        assertThat(leftovers()).containsExactly("seed.md");
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
        Path file = copy("/seed/prr-x0tta6bl4-v3.4.0.md", dir, "seed.md");
        byte[] before = Files.readAllBytes(file);

        Main.Result result = check(PLAIN, "--fix", "--dry-run", "--format", "json", "--output",
                dir.resolve("report.json").toString(), file.toString());

        assertThat(result.out()).isEqualTo("--- " + file + "\n+++ " + file + "\n"
                + "@@ -147,7 +147,7 @@\n"
                + " | **Infrastructure** | ⚠️ | 15% | 70% (production cluster needed) |\n"
                + " | **Observability** | ⚠️ | 10% | 60% (dashboards needed) |\n"
                + " \n"
                + "-**Overall Score:** **83.5%** (Go with conditions)\n"
                + "+**Overall Score:** **85.7%** (Go with conditions)\n"
                + " \n"
                + " ---\n"
                + " \n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"rule\": \"score-mismatch\"");
    }

    @Test
    void relativePathsGetGitStyleDiffHeaders() {
        Path file = copy("/fixtures/rules/score-mismatch-fail.md", dir, "review.md");
        Path relative = Path.of("").toAbsolutePath().relativize(file);

        Main.Result result = check(PLAIN, "--fix", "--dry-run", relative.toString());

        assertThat(result.out()).startsWith("--- a/" + relative + "\n+++ b/" + relative + "\n");
        assertThat(result.out()).contains("-**Overall Score:** 83.5% (Go with conditions)",
                "+**Overall Score:** 85.7% (Go with conditions)", "+| **Total**           |        | 100%   | **85.7%** |");
    }

    @Test
    void crlfAndByteOrderMarkSurviveTheFix() throws IOException {
        String text = new String(resourceBytes("/fixtures/rules/score-mismatch-fail.md"), StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("crlf.md");
        Files.write(file, concat(bom, crlf));

        check(PLAIN, "--fix", file.toString());

        String expected = text.replace("83.5%", "85.7%").replace("**85.6%**", "**85.7%**").replace("\n", "\r\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(bom, expected.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWindows1251FileStaysWindows1251() throws IOException {
        String text = "# Обзор готовности\n\n**Дата:** 2026-03-02\n\n## Матрица решений\n\n"
                + "| Критерий | Вес | Оценка |\n|---|---|---|\n| Тесты | 60% | 90% |\n| Безопасность | 40% | 80% |\n\n"
                + "**Итоговая оценка:** 85% (Go with conditions)\n";
        Path file = dir.resolve("cp1251.md");
        Files.write(file, text.getBytes("windows-1251"));

        Main.Result result = check(PLAIN, "--fix", file.toString());

        assertThat(result.out()).contains("fixed: stated score 85 → 86");
        assertThat(Files.readAllBytes(file)).isEqualTo(text.replace("85%", "86%").getBytes("windows-1251"));
    }

    @Test
    void aFileWithoutWrongScoresIsLeftAlone() throws IOException {
        Path file = copy("/seed/prr-x0tta6bl4-v3.4.0-consistent.md", dir, "ok.md");
        byte[] before = Files.readAllBytes(file);

        Main.Result result = check(PLAIN, "--fix", file.toString());

        assertThat(result.out()).isEqualTo("1 file checked: no findings\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private String[] leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private static int offsetOfLine(byte[] bytes, int line) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            while (bytes[offset] != '\n') {
                offset++;
            }
            offset++;
        }
        return offset;
    }

    private static byte[] lineBytes(byte[] bytes, int line) {
        int start = offsetOfLine(bytes, line);
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return Arrays.copyOfRange(bytes, start, end);
    }

    private static int indexOf(byte[] line, String ascii) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        int index = text.indexOf(ascii);
        assertThat(text.indexOf(ascii, index + 1)).as("one occurrence of " + ascii).isNegative();
        return index;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
