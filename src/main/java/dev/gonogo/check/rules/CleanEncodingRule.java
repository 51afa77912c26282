package dev.gonogo.check.rules;

import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.model.Review;
import dev.gonogo.model.SourceInfo;
import java.util.List;

/** {@code encoding}: the file is clean UTF-8, read without guessing or repair. */
public final class CleanEncodingRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("encoding",
            "The file is clean UTF-8", Severity.WARNING,
            "gonogo reads Windows-1251 and repairs mojibake (UTF-8 once decoded as Mac Roman or Windows-1252), but "
                    + "GitHub, editors and other tools show such files as garbage. Re-save the file as UTF-8.",
            "A file saved in Windows-1251, or whose Cyrillic reads `–î–∞—Ç–∞` instead of `Дата`.",
            "The same text saved as UTF-8.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        SourceInfo source = review.source();
        if (!source.needsAttention()) {
            return;
        }
        String what = source.repaired()
                ? "its text had to be repaired (" + source.encoding() + ")"
                : "it is encoded as " + source.encoding() + ", not UTF-8";
        sink.report(1, 0, "the file is not clean UTF-8: " + what
                + "; re-save it as UTF-8 (gonogo read it correctly, other tools may not)", List.of());
    }
}
