package dev.gonogo.site.page;

import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A finding as pages show it.
 *
 * @param severity      {@code error}, {@code warning} or {@code info}
 * @param severityLabel the severity in the interface language
 * @param rule          the rule id
 * @param message       what is wrong
 * @param line          1-based line, 0 for the document as a whole
 * @param link          link to the line in the source view
 * @param related       other lines that take part
 */
public record FindingView(String severity, String severityLabel, String rule, String message, int line, String link,
                          List<Related> related) {
    public FindingView {
        related = List.copyOf(related);
    }

    static FindingView of(Finding finding, Messages msg, IntFunction<String> lineLink) {
        List<Related> related = finding.related().stream()
                .map(r -> new Related(r.line(), r.message(), lineLink.apply(r.line())))
                .toList();
        Location at = finding.location();
        String severity = finding.severity().id();
        return new FindingView(severity, msg.text("severity." + severity), finding.rule(), finding.message(),
                at.line(), lineLink.apply(at.line()), related);
    }

    /**
     * Another line of the same review that takes part in a finding.
     *
     * @param line    1-based line
     * @param message what that line says
     * @param link    link to it
     */
    public record Related(int line, String message, String link) {
    }
}
