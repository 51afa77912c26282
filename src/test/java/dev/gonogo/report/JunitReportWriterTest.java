package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.testing.SharedFiles;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class JunitReportWriterTest {

    private static void validate(String xml) throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SharedFiles.require("schemas/JUnit.xsd").toFile())
                .newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void writesASuitePerFileAndACasePerRuleAsWrittenByHand() {
        assertThat(Reports.write(new JunitReportWriter(), SampleResults.result()))
                .isEqualTo(Golden.read("report.junit.xml"));
    }

    @Test
    void validatesAgainstTheAntJunitSchema() throws Exception {
        validate(Reports.write(new JunitReportWriter(), SampleResults.result()));
        validate(Reports.write(new JunitReportWriter(), SampleResults.empty()));
    }

    @Test
    void theSchemaCheckWouldCatchAMissingHostname() {
        SharedFiles.require("schemas/JUnit.xsd"); // skips here, not inside the assertion, when the schema is absent
        String xml = Reports.write(new JunitReportWriter(), SampleResults.result())
                .replace(" hostname=\"localhost\"", "");

        assertThatThrownBy(() -> validate(xml)).isInstanceOf(SAXException.class).hasMessageContaining("hostname");
    }

    @Test
    void replacesCharactersXmlCannotHoldSoTheReportStaysWellFormed() throws Exception {
        Finding finding = new Finding("weights-sum", Severity.ERROR, "bad \u0000\u0008 bytes \uD800 here",
                new Location("a.md", 2, 0, ""), List.of());
        CheckResult result = new CheckResult(
                List.of(new ReviewResult(SampleReviews.empty("a.md"), List.of(finding))), SampleResults.rules());
        String xml = Reports.write(new JunitReportWriter(), result);

        validate(xml);
        assertThat(xml).contains("bad \uFFFD\uFFFD bytes \uFFFD here");
    }
}
