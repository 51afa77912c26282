package dev.gonogo.history;

import dev.gonogo.check.Finding;
import java.util.regex.Pattern;

/**
 * What makes two findings in two versions of a review "the same finding". Lines move whenever someone edits above
 * them, so a finding is never matched by its line:
 * <ul>
 *   <li>{@link #of exactly the same}: the rule and the message with its line references blanked out — the
 *       finding is unchanged;</li>
 *   <li>{@link #subjectOf the same subject}: the rule and the message up to its first number outside quotes
 *       ({@code "Stability Test" is stated done here (✅ …) but not done at}) — the same problem about the same
 *       item, with other numbers or lines behind it now.</li>
 * </ul>
 *
 * @param rule the rule id
 * @param text the normalised message, or its subject
 */
record FindingKey(String rule, String text) {

    /** "line 14", "lines 79, 81 and 112", "строка 150", "строки 79–81", "L150", "#L150". */
    private static final Pattern LINE_REFERENCE = Pattern.compile(
            "(?iu)(\\b(?:lines?|строк[аиеуой]*)\\s*|#?\\bL)\\d+(?:\\s*(?:,|and|и|or|или|to|–|—|-)\\s*\\d+)*");
    /** A subject shorter than this says too little to identify a finding. */
    private static final int MIN_SUBJECT = 12;

    static FindingKey of(Finding finding) {
        String withoutLines = LINE_REFERENCE.matcher(finding.message()).replaceAll("$1#");
        return new FindingKey(finding.rule(), Names.normalize(withoutLines));
    }

    /** The finding's subject, or {@code null} when its message starts with a number too soon to have one. */
    static FindingKey subjectOf(Finding finding) {
        String message = finding.message();
        int end = firstNumberOutsideQuotes(message);
        String subject = Names.normalize(message.substring(0, end));
        return subject.length() < MIN_SUBJECT ? null : new FindingKey(finding.rule(), subject);
    }

    /** Digits inside quotes belong to a name ("Phase 2"), not to the numbers that change. */
    private static int firstNumberOutsideQuotes(String message) {
        char closing = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (closing != 0) {
                closing = c == closing ? 0 : closing;
            } else if (c == '"' || c == '«' || c == '“') {
                closing = c == '"' ? '"' : c == '«' ? '»' : '”';
            } else if (Character.isDigit(c)) {
                return i;
            }
        }
        return message.length();
    }
}
