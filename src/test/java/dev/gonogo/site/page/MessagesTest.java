package dev.gonogo.site.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both interface languages have every label the templates and builders ask for. */
class MessagesTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("msg\\.(?:text|format)\\(\"([a-zA-Z.-]+)\"");

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        assertThat(keys("ru")).containsExactlyElementsOf(keys("en"));
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("themes/default/templates"))) {
            for (Path template : templates.toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys("en")).containsAll(used);
    }

    @Test
    void languagesOtherThanRussianFallBackToEnglish() {
        assertThat(Messages.forLanguage(Locale.GERMAN).language()).isEqualTo("en");
        assertThat(Messages.forLanguage(Locale.forLanguageTag("ru-RU")).text("score.heading")).isEqualTo("Оценка");
        assertThat(Messages.forLanguage(Locale.ENGLISH).format("checklist.progress", 3, 1000))
                .isEqualTo("3 of 1000 done");
        assertThatThrownBy(() -> Messages.forLanguage(Locale.ENGLISH).text("no.such.key"))
                .hasMessageContaining("no.such.key");
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/dev/gonogo/site/messages_" + language
                + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
