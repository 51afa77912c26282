package dev.gonogo.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text saved in a single-byte code page is recognised by what it reads like, not merely by not being UTF-8. */
class LegacyEncodingTest {
    private static final String RUSSIAN = new String(SourceReaderTest.resource("/fixtures/review-cp1251.md"),
            Charset.forName("windows-1251"));

    private final SourceReader reader = new SourceReader();

    @Test
    void koi8rIsToldApartFromWindows1251() {
        String russian = RUSSIAN.replace("—", "-"); // KOI8-R has no em dash
        byte[] bytes = russian.getBytes(Charset.forName("KOI8-R"));

        SourceDocument document = reader.decode(bytes, "ru-koi8.md");

        assertThat(document.text()).isEqualTo(russian);
        assertThat(document.info().encoding()).isEqualTo("KOI8-R");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Статус: Готово| windows-1251",
        "Status: passed. Ответственный: Иванов| windows-1251",
        "Статус: Готово. Перевірка безпеки пройдена, усі тести успішні.| windows-1251",
        "ВСЕ ПРОВЕРКИ ПРОЙДЕНЫ — РЕЛИЗ «ГОТОВ»| windows-1251",
        "Größenprüfung bestanden; Überwachung läuft, Maßnahmen für Äpfel.| windows-1252",
        "L’équipe a validé : coût 5 € — « prêt ».| windows-1252",
        "Revisión de preparación: ¿listo? Sí, año 2026.| windows-1252",
        "Kvalitetsgranskning: klar för drift, åtgärder är gjorda.| windows-1252",
    })
    void singleByteTextIsDecoded(String line, String charset) {
        String text = line + "\n";
        byte[] bytes = text.getBytes(Charset.forName(charset));

        SourceDocument document = reader.decode(bytes, "legacy.md");

        assertThat(document.text()).isEqualTo(text);
        assertThat(document.info().encoding()).isEqualTo(charset);
        assertThat(document.info().repaired()).isFalse();
    }

    @Test
    void latin1TextIsReportedAsItsSupersetWindows1252() {
        String text = "Überprüfung: Größe ±2 °C, Preis 5 £, Status «OK».\n";

        SourceDocument document = reader.decode(text.getBytes(Charset.forName("ISO-8859-1")), "latin1.md");

        assertThat(document.text()).isEqualTo(text);
        assertThat(document.info().encoding()).isEqualTo("windows-1252");
    }

    @Test
    void windows1251WithCrlfKeepsItsLineEndings() {
        byte[] bytes = RUSSIAN.replace("\n", "\r\n").getBytes(Charset.forName("windows-1251"));

        SourceDocument document = reader.decode(bytes, "ru-crlf.md");

        assertThat(document.text()).isEqualTo(RUSSIAN.replace("\n", "\r\n"));
        assertThat(document.info().lineEnding()).isEqualTo("CRLF");
        assertThat(document.info().lines()).isEqualTo(73);
    }
}
