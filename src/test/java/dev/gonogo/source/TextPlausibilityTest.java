package dev.gonogo.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPlausibilityTest {

    @ParameterizedTest(name = "plausible: {0}")
    @ValueSource(strings = {
        "Статус: ✅ Готово — «проверено», № 5.",
        "Größenprüfung: 5 µs, 20 °C; l’équipe a validé.",
        "JavaScript, iPhone, GoNogo and camelCase stay plausible.",
        "發布準備：可用性 99.9%；延遲 < 500ms。API接口",
        "⚠️ Требует настройки 🟡",
    })
    void humanTextHasNoAnomalies(String text) {
        assertThat(TextPlausibility.of(text).anomalies()).isZero();
    }

    @ParameterizedTest(name = "implausible: {0}")
    @ValueSource(strings = {
        "–î–∞—Ç–∞",       // Mac Roman mojibake of Дата
        "Ð”Ð°Ñ‚Ð°",      // Windows-1252 mojibake
        "Р”Р°С‚Р°",      // Windows-1251 mojibake
        "Ïðîâåðêà",      // Windows-1251 bytes read as Windows-1252
        "Grцяe",         // Windows-1252 bytes read as Windows-1251
        "\uF8FF\u00FC",  // Mac Roman mojibake of an emoji: Apple logo (private use) first
        "a\u0081b",      // C1 control
    })
    void wrongDecodingsHaveAnomalies(String text) {
        assertThat(TextPlausibility.of(text).anomalies()).isPositive();
    }

    @Test
    void rateIsAnomaliesPerNonAsciiCharacter() {
        assertThat(TextPlausibility.of("plain ASCII").rate()).isZero();
        assertThat(TextPlausibility.of("Ïðîâåðêà").rate()).isEqualTo(1.0);
    }

    @Test
    void sampleStopsBeforeASplitSurrogatePair() {
        String text = "ok 🚀 ok";

        assertThat(TextPlausibility.ofSample(text, 4).anomalies()).isZero();
    }

    @Test
    void russianLetterDistributionIsRecognised() {
        String russian = "Платёжный шлюз готовится к выводу в промышленную эксплуатацию, основной функционал протестирован.";
        String scrambled = "пПНБЕПЙЮ ОПНХГБНДХРЕКЭМНЯРХ ОПЕДСЯЛНРПЕМН ХЯОНКЭГНБЮМХЕ ЙНМТХЦСПЮЖХХ";

        assertThat(CyrillicLetterFrequency.compare(russian).similarity()).isGreaterThan(0.8);
        assertThat(CyrillicLetterFrequency.compare(scrambled).similarity()).isLessThan(0.6);
        assertThat(CyrillicLetterFrequency.compare("Да").meaningful()).isFalse();
    }
}
