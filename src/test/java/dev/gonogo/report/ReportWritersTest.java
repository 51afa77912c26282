package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
    static final java.util.List<String> FORMATS = ReportWriters.FORMATS;

    @Test
    void knowsTheSevenFormats() {
        assertThat(ReportWriters.FORMATS)
                .containsExactly("text", "json", "sarif", "github", "junit", "markdown", "codequality");
    }

    @ParameterizedTest
    @FieldSource("FORMATS")
    void createsAWriterNamedAfterItsFormat(String format) {
        assertThat(ReportWriters.create(format, ReportOptions.defaults()).format()).isEqualTo(format);
        assertThat(ReportWriters.create(format.toUpperCase(java.util.Locale.ROOT), ReportOptions.defaults()).format())
                .isEqualTo(format);
        assertThat(ReportWriters.isKnown(format)).isTrue();
    }

    @ParameterizedTest
    @FieldSource("FORMATS")
    void everyFormatIsDeterministicAndEndsWithANewline(String format) {
        ReportWriter writer = ReportWriters.create(format, ReportOptions.defaults().withLinkBase("https://x/"));

        String first = Reports.write(writer, SampleResults.result());
        assertThat(Reports.write(writer, SampleResults.result())).isEqualTo(first);
        assertThat(first).endsWith("\n").doesNotContain("\r\n");
        assertThat(Reports.write(writer, SampleResults.empty())).endsWith("\n");
    }

    @Test
    void passesTheOptionsToTheWritersThatUseThem() {
        ReportOptions options = new ReportOptions(true, "https://example.org/", "9.9.9");

        assertThat(Reports.write(ReportWriters.create("text", options), SampleResults.result())).contains("\u001B[");
        assertThat(Reports.write(ReportWriters.create("markdown", options), SampleResults.result()))
                .contains("(<https://example.org/reviews/clean.md>)");
        assertThat(Reports.write(ReportWriters.create("sarif", options), SampleResults.result()))
                .contains("\"semanticVersion\": \"9.9.9\"");
    }

    @Test
    void rejectsAnUnknownFormatListingTheKnownOnes() {
        assertThatThrownBy(() -> ReportWriters.create("xml", ReportOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml' (expected one of text, json, sarif, github, junit, markdown, "
                        + "codequality)");
        assertThat(ReportWriters.isKnown("xml")).isFalse();
    }
}
