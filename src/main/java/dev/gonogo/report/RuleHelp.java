package dev.gonogo.report;

import dev.gonogo.check.RuleInfo;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule's help as plain text and as Markdown: why it matters, a failing and a passing example. */
final class RuleHelp {
    private static final Pattern BACKTICK_RUNS = Pattern.compile("`+");

    private RuleHelp() {
    }

    static String text(RuleInfo rule) {
        StringBuilder text = new StringBuilder(rule.rationale());
        appendExample(text, "Fails:", rule.failingExample(), false);
        appendExample(text, "Passes:", rule.passingExample(), false);
        return text.toString();
    }

    static String markdown(RuleInfo rule) {
        StringBuilder text = new StringBuilder(rule.rationale());
        appendExample(text, "**Fails:**", rule.failingExample(), true);
        appendExample(text, "**Passes:**", rule.passingExample(), true);
        return text.toString();
    }

    /** {@code score-mismatch} → {@code ScoreMismatch}: SARIF's human-readable rule name. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static void appendExample(StringBuilder text, String heading, String example, boolean markdown) {
        if (example.isBlank()) {
            return;
        }
        text.append("\n\n").append(heading).append('\n');
        if (markdown) {
            String fence = fenceFor(example);
            text.append('\n').append(fence).append("markdown\n").append(example.strip()).append('\n').append(fence);
        } else {
            text.append(example.strip());
        }
    }

    /** A code fence longer than any run of backticks inside the example, so the example cannot close it. */
    static String fenceFor(String example) {
        int longest = 0;
        Matcher runs = BACKTICK_RUNS.matcher(example);
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
