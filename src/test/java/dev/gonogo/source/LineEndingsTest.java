package dev.gonogo.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineEndingsTest {

    @ParameterizedTest(name = "{0} -> {1}, {2} lines")
    @CsvSource({
        "'',              none,  0",
        "'a',             none,  1",
        "'a\\n',          LF,    1",
        "'a\\nb',         LF,    2",
        "'a\\r\\nb\\r\\n',CRLF,  2",
        "'a\\rb\\r',      CR,    2",
        "'a\\nb\\r\\nc',  mixed, 3",
        "'\\n\\n\\n',     LF,    3",
        "'a\\r\\rb',      CR,    3",
    })
    void styleAndLineCount(String escaped, String style, int lines) {
        String text = escaped.replace("\\r", "\r").replace("\\n", "\n");

        assertThat(LineEndings.of(text)).isEqualTo(new LineEndings(style, lines));
    }
}
