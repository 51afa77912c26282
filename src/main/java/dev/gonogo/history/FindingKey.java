package dev.gonogo.history;

import dev.gonogo.check.Finding;
import java.util.regex.Pattern;

/**
 * What makes two findings in two versions of a review "the same finding": the rule and the message with its
 * line references blanked out. Lines move whenever someone edits above them, so a finding is never matched by
 * its line; the numbers a message quotes (scores, weights) still count, so a changed arithmetic is a new finding.
 *
 * @param rule    the rule id
 * @param message the message with every line reference replaced by {@code #}
 */
record FindingKey(String rule, String message) {

    /** "line 14", "lines 79, 81 and 112", "строка 150", "строки 79–81", "L150", "#L150". */
    private static final Pattern LINE_REFERENCE = Pattern.compile(
            "(?iu)(\\b(?:lines?|строк[аиеуой]*)\\s*|#?\\bL)\\d+(?:\\s*(?:,|and|и|or|или|to|–|—|-)\\s*\\d+)*");

    static FindingKey of(Finding finding) {
        String withoutLines = LINE_REFERENCE.matcher(finding.message()).replaceAll("$1#");
        return new FindingKey(finding.rule(), Names.normalize(withoutLines));
    }
}
