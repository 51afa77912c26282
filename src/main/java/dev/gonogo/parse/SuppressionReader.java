package dev.gonogo.parse;

import dev.gonogo.model.Suppression;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads inline suppressions written as HTML comments (outside code blocks):
 * {@code <!-- gonogo-disable-next-line RULE -->}, {@code <!-- gonogo-disable-line RULE -->}, and
 * {@code <!-- gonogo-disable RULE -->} … {@code <!-- gonogo-enable RULE -->}. No rule means every rule ({@code *});
 * several rules may be listed, separated by spaces or commas.
 */
final class SuppressionReader {

    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*gonogo-(disable-next-line|disable-line|disable|enable)(?![\\w-])([^>]*?)\\s*-->");
    private static final String ALL = "*";

    private SuppressionReader() {
    }

    static List<Suppression> read(LineIndex lines, BitSet codeLines) {
        List<Suppression> suppressions = new ArrayList<>();
        Map<String, Integer> openSince = new LinkedHashMap<>();
        for (int line = 1; line <= lines.lineCount(); line++) {
            if (codeLines.get(line)) {
                continue;
            }
            Matcher m = COMMENT.matcher(lines.line(line));
            while (m.find()) {
                for (String rule : rules(m.group(2))) {
                    apply(m.group(1), rule, line, openSince, suppressions);
                }
            }
        }
        openSince.forEach((rule, since) -> suppressions.add(new Suppression(rule, since + 1, Integer.MAX_VALUE, since)));
        // "disable-next-line" on the last line silences nothing; kept, it would point past the end of the file
        suppressions.removeIf(s -> s.fromLine() > lines.lineCount());
        suppressions.sort(java.util.Comparator.comparingInt(Suppression::line));
        return suppressions;
    }

    private static void apply(String directive, String rule, int line, Map<String, Integer> openSince,
                              List<Suppression> into) {
        switch (directive) {
            case "disable-next-line" -> into.add(new Suppression(rule, line + 1, line + 1, line));
            case "disable-line" -> into.add(new Suppression(rule, line, line, line));
            case "disable" -> openSince.putIfAbsent(rule, line);
            default -> {
                List<String> closing = rule.equals(ALL) ? List.copyOf(openSince.keySet()) : List.of(rule);
                for (String closed : closing) {
                    Integer since = openSince.remove(closed);
                    if (since != null) {
                        into.add(new Suppression(closed, since + 1, line, since));
                    }
                }
            }
        }
    }

    private static List<String> rules(String written) {
        List<String> rules = new ArrayList<>();
        for (String rule : written.strip().split("[\\s,]+")) {
            if (!rule.isEmpty()) {
                rules.add(rule);
            }
        }
        return rules.isEmpty() ? List.of(ALL) : rules;
    }
}
