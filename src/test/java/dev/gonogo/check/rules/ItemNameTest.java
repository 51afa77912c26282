package dev.gonogo.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemNameTest {

    @Test
    void pluralsAndKindWordsDoNotSeparateTheSameItem() {
        assertThat(ItemName.of("Failure Injection Tests").key()).isEqualTo(ItemName.of("Failure Injection").key());
        assertThat(ItemName.of("Load Testing").key()).isEqualTo(ItemName.of("Load Tests").key());
        assertThat(ItemName.of("Stability Test").key()).containsExactly("stability");
        assertThat(ItemName.of("Testing").key()).containsExactly("testing"); // never reduced to nothing
    }

    @Test
    void differentItemsWithACommonWordStayApart() {
        assertThat(ItemName.of("Monitoring Stack").key()).isNotEqualTo(ItemName.of("Monitoring Scripts").key());
        assertThat(ItemName.of("Monitoring Scripts").isMentionedIn(ItemName.tokens("⚠️ basic monitoring/alerting")))
                .isFalse();
    }

    @Test
    void aNameOfTwoWordsOrMoreIsFoundInFreeText() {
        assertThat(ItemName.of("Stability Test").isMentionedIn(ItemName.tokens("✅ Stability test завершен успешно")))
                .isTrue();
        assertThat(ItemName.of("Failure Injection").isMentionedIn(
                ItemName.tokens("✅ Выполнить failure injection tests (Jan 9)"))).isTrue();
    }

    @Test
    void aOneWordNameIsTooCommonToBeMatchedInFreeText() {
        assertThat(ItemName.of("Security").isMentionedIn(ItemName.tokens("✅ Security audit пройден"))).isFalse();
    }

    @Test
    void wordsAreLowerCasedLettersAndDigitsOfAnyScript() {
        assertThat(ItemName.tokens("Multi-Node TESTS: 5/5 ✅ Готово")).containsExactly("multi", "node", "test", "5",
                "5", "готово");
        assertThat(ItemName.tokens("Status dependencies")).containsExactly("status", "dependency");
    }
}
