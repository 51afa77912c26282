package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it (Jenkins, GitLab, Azure, the test-reporter actions): one test suite per review
 * file, one test case per rule, a {@code <failure>} when the rule found something in that file (all its findings
 * in the failure's text) and an {@code <error>} for the {@code internal-error} pseudo-rule. Written with the JDK's
 * {@link XMLStreamWriter}, valid against the Apache Ant JUnit schema. That schema requires a timestamp and a
 * host name; gonogo writes fixed ones ({@value #TIMESTAMP}, {@value #HOSTNAME}) so the same input gives the same
 * bytes.
 */
public final class JunitReportWriter implements ReportWriter {
    static final String TIMESTAMP = "1970-01-01T00:00:00";
    static final String HOSTNAME = "localhost";
    private static final String INTERNAL_ERROR = "internal-error";

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            List<String> ruleIds = ruleIds(result);
            for (int i = 0; i < result.reviews().size(); i++) {
                newline(xml, 1);
                suite(xml, result.reviews().get(i), i, ruleIds);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    /** Every rule that ran, in the registry's order, then any rule only seen in findings (internal-error). */
    private static List<String> ruleIds(CheckResult result) {
        Set<String> ids = new LinkedHashSet<>();
        result.rules().stream().map(RuleInfo::id).forEach(ids::add);
        result.findings().map(Finding::rule).sorted().forEach(ids::add);
        return List.copyOf(ids);
    }

    private static void suite(XMLStreamWriter xml, ReviewResult review, int id, List<String> ruleIds)
            throws XMLStreamException {
        String path = review.review().source().path();
        Map<String, List<Finding>> byRule = review.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule));
        long errors = byRule.containsKey(INTERNAL_ERROR) ? 1 : 0;
        long failures = byRule.size() - errors;
        xml.writeStartElement("testsuite");
        attribute(xml, "name", path);
        attribute(xml, "package", path);
        attribute(xml, "id", Integer.toString(id));
        attribute(xml, "tests", Integer.toString(ruleIds.size()));
        attribute(xml, "failures", Long.toString(failures));
        attribute(xml, "errors", Long.toString(errors));
        attribute(xml, "skipped", "0");
        attribute(xml, "time", "0");
        attribute(xml, "timestamp", TIMESTAMP);
        attribute(xml, "hostname", HOSTNAME);
        newline(xml, 2);
        xml.writeEmptyElement("properties");
        for (String rule : ruleIds) {
            newline(xml, 2);
            testCase(xml, path, rule, byRule.getOrDefault(rule, List.of()));
        }
        newline(xml, 2);
        xml.writeEmptyElement("system-out");
        newline(xml, 2);
        xml.writeEmptyElement("system-err");
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void testCase(XMLStreamWriter xml, String path, String rule, List<Finding> findings)
            throws XMLStreamException {
        if (findings.isEmpty()) {
            xml.writeEmptyElement("testcase");
            testCaseAttributes(xml, path, rule);
            return;
        }
        xml.writeStartElement("testcase");
        testCaseAttributes(xml, path, rule);
        newline(xml, 3);
        xml.writeStartElement(rule.equals(INTERNAL_ERROR) ? "error" : "failure");
        attribute(xml, "message", summary(findings));
        attribute(xml, "type", worst(findings).id());
        TextReportWriter text = new TextReportWriter(false);
        xml.writeCharacters(XmlText.clean(findings.stream().map(text::describe).collect(Collectors.joining())));
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void testCaseAttributes(XMLStreamWriter xml, String path, String rule) throws XMLStreamException {
        attribute(xml, "name", rule);
        attribute(xml, "classname", path);
        attribute(xml, "time", "0");
    }

    /** One line for the failure's message attribute; the details are in its text. */
    private static String summary(List<Finding> findings) {
        Finding first = findings.get(0);
        String where = first.location().line() > 0 ? "line " + first.location().line() + ": " : "";
        String more = findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "";
        return (where + first.message()).replaceAll("\\s*[\\r\\n]+\\s*", " ") + more;
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.clean(value));
    }

    /** Indentation between elements: whitespace, which element-only content allows. */
    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
