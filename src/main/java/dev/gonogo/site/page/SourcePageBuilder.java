package dev.gonogo.site.page;

import dev.gonogo.check.Finding;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Fills a {@link SourcePage}: splits the text into lines and hangs each finding on its line. */
public final class SourcePageBuilder {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final Messages msg;

    public SourcePageBuilder(Messages msg) {
        this.msg = msg;
    }

    public SourcePage build(PlannedReview planned, PageFrame frame, String title) {
        ReviewResult result = planned.document().result();
        List<String> texts = lines(planned.document().text());
        Map<Integer, List<FindingView>> byLine = new TreeMap<>();
        Map<Integer, Severity> severities = new TreeMap<>();
        List<FindingView> fileFindings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            FindingView view = FindingView.of(finding, msg, n -> n > 0 ? "#L" + n : "#top");
            int line = finding.location().line();
            if (line < 1 || line > texts.size()) {
                fileFindings.add(view);
            } else {
                byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(view);
                // findings are sorted by line then rule, not severity: keep the most serious per line
                severities.merge(line, finding.severity(), (a, b) -> a.isAtLeast(b) ? a : b);
            }
        }
        List<SourcePage.Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int number = i + 1;
            lines.add(new SourcePage.Line(number, texts.get(i), severities.containsKey(number) ? severities.get(number).id() : "",
                    byLine.getOrDefault(number, List.of())));
        }
        return new SourcePage(frame, title, planned.links().pageFile(), planned.review().source().path(),
                planned.review().source().encoding(), lines, fileFindings);
    }

    /** The lines of a text; a final line break does not start another line. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(LINE_BREAK.split(text, -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
