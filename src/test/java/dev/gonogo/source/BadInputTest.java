package dev.gonogo.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bytes that are not a review: one-line input errors naming the file and what is wrong, never garbage text. */
class BadInputTest {
    /** A complete 1×1 PNG image. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final SourceReader reader = new SourceReader();

    @Test
    void pngImageIsNamed() {
        assertThatThrownBy(() -> reader.decode(PNG, "logo.png"))
                .isInstanceOf(InputException.class)
                .hasMessage("logo.png: not a text file: looks like a PNG image");
    }

    @Test
    void wordDocumentIsNamedAsAnArchive() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

        assertThatThrownBy(() -> reader.decode(docx, "review.docx"))
                .isInstanceOf(InputException.class)
                .hasMessage("review.docx: not a text file: looks like a ZIP archive (a .docx, .xlsx or .odt document"
                        + " is one too)");
    }

    @Test
    void nulByteInsideTextIsRejectedWithItsLine() {
        byte[] bytes = "# Review\nline two\0 here\nline three\n".getBytes(UTF_8);

        assertThatThrownBy(() -> reader.decode(bytes, "nul.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("nul.md: not a text file: NUL byte at line 2 (offset 17)");
    }

    @Test
    void nulHeavyBinaryIsRejected() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'x';
        for (int i = 1; i < bytes.length; i += 3) {
            bytes[i] = 0;
        }

        assertThatThrownBy(() -> reader.decode(bytes, "data.bin"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("data.bin: not a text file: NUL byte at line ");
    }

    @Test
    void randomBytesWithoutNulAreNotText() {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }

        assertThatThrownBy(() -> reader.decode(bytes, "noise.md"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("noise.md: not a text file: ");
    }

    @Test
    void unsupportedEncodingIsNamedAsSuch() {
        byte[] gbk = "# 发布准备评审\n\n状态：进行中。可用性目标已达到，监控告警仍需配置。\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> reader.decode(gbk, "zh-gbk.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("zh-gbk.md: unknown encoding: not UTF-8 (byte 0xB7 at line 1, offset 2) and not plausible"
                        + " as Windows-1252, Windows-1251 or KOI8-R; re-save the file as UTF-8");
    }

    @Test
    void invalidUtf8InsideUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] good = "# Отчёт\n\nСтатус: Готово\n".getBytes(UTF_8);
        byte[] bad = {(byte) 0xFF, 'x', '\n'};
        byte[] bytes = SourceReaderTest.concat(SourceReaderTest.concat(good, bad), "Итог: 83.5\n".getBytes(UTF_8));

        assertThatThrownBy(() -> reader.decode(bytes, "mixed.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("mixed.md: invalid UTF-8 at line 4: byte 0xFF (offset " + good.length
                        + ") in a file that is otherwise UTF-8 (1 bad sequence); re-save the file as UTF-8");
    }

    @Test
    void windows1252ParagraphPastedIntoUtf8IsAnInputError() {
        byte[] utf8 = "Größe: ok\n".getBytes(UTF_8);
        byte[] cp1252 = "Größe: ok\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.decode(SourceReaderTest.concat(utf8, cp1252), "pasted.md"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("pasted.md: invalid UTF-8 at line 2: byte 0xF6 (offset 14)");
    }

    @Test
    void fileCutInTheMiddleOfACharacterIsAnInputError() {
        byte[] whole = "Статус: Готово".getBytes(UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        assertThatThrownBy(() -> reader.decode(cut, "cut.md"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cut.md: invalid UTF-8 at line 1: byte 0xD0 (offset " + (whole.length - 2) + ")");
    }

    @Test
    void manyControlCharactersMeanBinary() {
        StringBuilder text = new StringBuilder("# Title\n");
        for (int i = 0; i < 40; i++) {
            text.append("ab\u0001\u0002");
        }

        assertThatThrownBy(() -> reader.decode(text.toString().getBytes(UTF_8), "ctl.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("ctl.md: not a text file: 80 control characters, the first (U+0001) at line 2");
    }

    @Test
    void aFewStrayControlCharactersAreTolerated() {
        String text = "# Log\n\u001B[32mPASS\u001B[0m\f\n";

        assertThat(reader.decode(text.getBytes(UTF_8), "log.md").text()).isEqualTo(text);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        String text = "# Отчёт\r\nСтатус: ✅ Готово\r\n";
        byte[] le = SourceReaderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = text.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM

        SourceDocument fromLe = reader.decode(le, "le.md");
        SourceDocument fromBe = reader.decode(be, "be.md");

        assertThat(fromLe.text()).isEqualTo(text);
        assertThat(fromLe.info().encoding()).isEqualTo("UTF-16LE");
        assertThat(fromLe.info().bom()).isTrue();
        assertThat(fromBe.text()).isEqualTo(text);
        assertThat(fromBe.info().encoding()).isEqualTo("UTF-16BE");
        assertThat(fromLe.info().lines()).isEqualTo(2);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsNuls() {
        String text = "# Review\nStatus: Готово\n";

        SourceDocument document = reader.decode(text.getBytes(StandardCharsets.UTF_16LE), "no-bom.md");

        assertThat(document.text()).isEqualTo(text);
        assertThat(document.info().encoding()).isEqualTo("UTF-16LE");
        assertThat(document.info().bom()).isFalse();
    }

    @Test
    void truncatedUtf16IsAnInputError() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'};

        assertThatThrownBy(() -> reader.decode(bytes, "odd.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("odd.md: not a text file: starts with a UTF-16LE byte-order mark but is not valid UTF-16LE");
    }
}
