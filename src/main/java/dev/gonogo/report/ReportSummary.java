package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts every format ends with.
 *
 * @param files    reviews checked
 * @param errors   findings of severity error
 * @param warnings findings of severity warning
 * @param info     findings of severity info
 */
record ReportSummary(int files, long errors, long warnings, long info) {

    static ReportSummary of(CheckResult result) {
        return new ReportSummary(result.reviews().size(), result.count(Severity.ERROR),
                result.count(Severity.WARNING), result.count(Severity.INFO));
    }

    long findings() {
        return errors + warnings + info;
    }

    /** {@code 2 files checked: 1 error, 2 warnings, 0 info}, or {@code 1 file checked: no findings}. */
    String sentence() {
        String checked = plural(files, "file") + " checked: ";
        return findings() == 0 ? checked + "no findings" : checked + counts(true);
    }

    /** {@code 1 error, 2 warnings, 0 info}; with {@code zeros} false only the non-zero counts. */
    String counts(boolean zeros) {
        List<String> parts = new ArrayList<>();
        if (zeros || errors > 0) {
            parts.add(plural(errors, "error"));
        }
        if (zeros || warnings > 0) {
            parts.add(plural(warnings, "warning"));
        }
        if (zeros || info > 0) {
            parts.add(info + " info");
        }
        return parts.isEmpty() ? "no findings" : String.join(", ", parts);
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
