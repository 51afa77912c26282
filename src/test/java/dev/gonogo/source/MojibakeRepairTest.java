package dev.gonogo.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** UTF-8 read as a single-byte charset and saved again is repaired exactly; clean text is left alone. */
class MojibakeRepairTest {
    private static final String RUSSIAN = new String(SourceReaderTest.resource("/fixtures/review-cp1251.md"),
            Charset.forName("windows-1251"));
    private static final String ENGLISH = "# Release “Aurora” — Go/No-Go\n\n"
            + "- ✅ **Load test:** 6,800+ msg/sec, p99 ≤ 250 ms\n"
            + "- ⏳ **Rollback drill:** scheduled, owner’s sign-off pending\n"
            + "**Overall Score:** ~83.5% → Go with conditions 🚀\n";

    private final SourceReader reader = new SourceReader();

    @ParameterizedTest(name = "Russian review misread as {0}")
    @CsvSource({
        "x-MacRoman, Mac Roman",
        "windows-1252, Windows-1252",
        "ISO-8859-1, Latin-1",
        "windows-1251, Windows-1251",
    })
    void russianReviewIsRepaired(String charset, String label) {
        SourceDocument document = reader.decode(Mojibake.of(RUSSIAN, charset), "ru.md");

        assertThat(document.text()).isEqualTo(RUSSIAN);
        assertThat(document.info().encoding()).isEqualTo("UTF-8 (repaired: " + label + " mojibake)");
        assertThat(document.info().repaired()).isTrue();
        assertThat(document.info().lines()).isEqualTo(73);
    }

    @ParameterizedTest(name = "English review with emoji misread as {0}")
    @CsvSource({
        "x-MacRoman, Mac Roman",
        "windows-1252, Windows-1252",
        "ISO-8859-1, Latin-1",
        "windows-1251, Windows-1251",
    })
    void englishReviewWithTypographyAndEmojiIsRepaired(String charset, String label) {
        SourceDocument document = reader.decode(Mojibake.of(ENGLISH, charset), "en.md");

        assertThat(document.text()).isEqualTo(ENGLISH);
        assertThat(document.info().encoding()).isEqualTo("UTF-8 (repaired: " + label + " mojibake)");
    }

    @Test
    void windows1252UndefinedBytesMappedToC1ControlsAreRecovered() {
        // с is D1 81, Н is D0 9D, Я is D0 AF: 0x81 and 0x9D are undefined in Windows-1252.
        byte[] mojibake = Mojibake.of("Статус: Нет. Проверка связи: Ясно, сделано.", "windows-1252");
        assertThat(new String(mojibake, UTF_8)).contains("\u0081", "\u009D");

        SourceDocument document = reader.decode(mojibake, "ru.md");

        assertThat(document.text()).isEqualTo("Статус: Нет. Проверка связи: Ясно, сделано.");
        assertThat(document.info().encoding()).isEqualTo("UTF-8 (repaired: Windows-1252 mojibake)");
    }

    @Test
    void mojibakeOfMojibakeIsUndoneLayerByLayer() {
        String twice = Mojibake.misread(Mojibake.of(RUSSIAN, "windows-1252"), "windows-1252");

        SourceDocument document = reader.decode(twice.getBytes(UTF_8), "ru.md");

        assertThat(document.text()).isEqualTo(RUSSIAN);
        assertThat(document.info().encoding()).isEqualTo("UTF-8 (repaired: Windows-1252 mojibake ×2)");
    }

    @Test
    void differentLayersAreNamedOutermostFirst() {
        String layered = Mojibake.misread(Mojibake.of(ENGLISH, "x-MacRoman"), "windows-1252");

        SourceDocument document = reader.decode(layered.getBytes(UTF_8), "en.md");

        assertThat(document.text()).isEqualTo(ENGLISH);
        assertThat(document.info().encoding())
                .isEqualTo("UTF-8 (repaired: Windows-1252 mojibake, then Mac Roman mojibake)");
    }

    @Test
    void damagedFileEditedSinceIsRepairedAroundTheNewText() {
        String damaged = new String(Mojibake.of("## Метрики\n- **Доступность:** 99.95%\n", "x-MacRoman"), UTF_8);
        String edited = damaged + "- **Новая строка:** добавлена после порчи ✅\n";

        SourceDocument document = reader.decode(edited.getBytes(UTF_8), "edited.md");

        assertThat(document.text())
                .isEqualTo("## Метрики\n- **Доступность:** 99.95%\n- **Новая строка:** добавлена после порчи ✅\n");
        assertThat(document.info().encoding()).isEqualTo("UTF-8 (repaired: Mac Roman mojibake)");
    }

    @Test
    void aSpotDamagedAgainIsKeptWhileTheRestIsRepaired() {
        String damaged = new String(Mojibake.of(RUSSIAN, "x-MacRoman"), UTF_8);
        int title = damaged.indexOf("Ç");  // Mac Roman for 0x82, the second byte of т (D1 82) in "платёжный"
        String changed = damaged.substring(0, title) + "Z" + damaged.substring(title + 1);

        SourceDocument document = reader.decode(changed.getBytes(UTF_8), "ru.md");

        assertThat(document.info().encoding())
                .isEqualTo("UTF-8 (repaired: Mac Roman mojibake; 1 spot could not be repaired)");
        assertThat(document.text().lines().findFirst()).hasValue("# Production Readiness Review — пла—Zёжный шлюз PayGate");
        assertThat(document.text().substring(document.text().indexOf('\n'))).isEqualTo(RUSSIAN.substring(RUSSIAN.indexOf('\n')));
    }

    @Test
    void byteOrderMarkTurnedIntoCharactersIsDropped() {
        byte[] withBom = SourceReaderTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Статус: Готово\r\n".getBytes(UTF_8));
        String mojibake = Mojibake.misread(withBom, "windows-1252");
        assertThat(mojibake).startsWith("ï»¿");

        SourceDocument document = reader.decode(mojibake.getBytes(UTF_8), "ru.md");

        assertThat(document.text()).isEqualTo("Статус: Готово\r\n");
        assertThat(document.info().bom()).isFalse();
        assertThat(document.info().lineEnding()).isEqualTo("CRLF");
    }

    @ParameterizedTest(name = "clean: {0}")
    @ValueSource(strings = {
        "Statut : l’équipe d’exploitation a validé l’été dernier — « prêt » à 95 %.",
        "Größenprüfung bestanden; Überwachung läuft. Maße: 5 µs, 20 °C, ± 2 %.",
        "Revisión: ¿listo para producción? Sí — año 2026, señal © ® ™.",
        "發布準備：可用性 99.9%；延遲 < 500ms。",
        "Статус: ✅ Готово — «проверено», № 5, ≥ 99.9%.",
        "Ã© alone is too little evidence to rewrite a document.",
        "Emoji only: 🚀 ✅ ⚠️ ❌ 🟡 🟢 🔴 📊",
    })
    void cleanTextIsNotRewritten(String clean) {
        SourceDocument document = reader.decode(clean.getBytes(UTF_8), "clean.md");

        assertThat(document.text()).isEqualTo(clean);
        assertThat(document.info().encoding()).isEqualTo("UTF-8");
        assertThat(document.info().repaired()).isFalse();
    }
}
