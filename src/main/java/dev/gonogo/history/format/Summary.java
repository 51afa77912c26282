package dev.gonogo.history.format;

import dev.gonogo.check.Severity;
import dev.gonogo.history.ReviewDiff;
import java.util.List;
import java.util.Locale;

/**
 * Totals over one {@code gonogo diff} run.
 *
 * @param reviews  reviews compared
 * @param changed  reviews whose readiness picture changed
 * @param errors   new findings of severity error
 * @param warnings new warnings
 * @param infos    new infos
 * @param fixed    findings that no longer occur
 */
record Summary(int reviews, int changed, long errors, long warnings, long infos, long fixed) {

    static Summary of(List<ReviewDiff> diffs) {
        return new Summary(diffs.size(), (int) diffs.stream().filter(d -> !d.isEmpty()).count(),
                count(diffs, Severity.ERROR), count(diffs, Severity.WARNING), count(diffs, Severity.INFO),
                diffs.stream().mapToLong(d -> d.fixedFindings().size()).sum());
    }

    long newFindings() {
        return errors + warnings + infos;
    }

    /** {@code 2 reviews compared, 1 changed; 1 new finding (1 error); 2 fixed.} */
    String sentence() {
        return String.format(Locale.ROOT, "%s compared, %d changed; %s%s; %d fixed.",
                plural(reviews, "review"), changed, plural(newFindings(), "new finding"), breakdown(), fixed);
    }

    private String breakdown() {
        if (newFindings() == 0) {
            return "";
        }
        StringBuilder parts = new StringBuilder();
        append(parts, errors, "error");
        append(parts, warnings, "warning");
        append(parts, infos, "info");
        return " (" + parts + ")";
    }

    private static void append(StringBuilder parts, long count, String noun) {
        if (count > 0) {
            parts.append(parts.length() == 0 ? "" : ", ").append(plural(count, noun));
        }
    }

    private static String plural(long count, String noun) {
        String word = count == 1 || noun.equals("info") ? noun : noun + "s";
        return count + " " + word;
    }

    private static long count(List<ReviewDiff> diffs, Severity severity) {
        return diffs.stream().flatMap(d -> d.newFindings().stream()).filter(f -> f.severity() == severity).count();
    }
}
