package dev.gonogo.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A unified diff ({@code diff -u} style, three lines of context) of what {@code --fix} would change. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff of a plan ({@code a/PATH}, {@code b/PATH} headers as git writes them for a relative path, the path
     * itself for an absolute one), lines as gonogo decoded them (a repaired or Windows-1251 file is shown as readable
     * UTF-8); empty when the plan changes nothing.
     */
    public static String of(FixPlan plan) {
        if (!plan.changesAnything()) {
            return "";
        }
        List<String> before = lines(plan.originalText());
        List<String> after = lines(plan.fixedText());
        Patch<String> patch = DiffUtils.diff(before, after);
        boolean absolute = plan.path().startsWith("/") || plan.path().matches("^[A-Za-z]:/.*");
        String from = absolute ? plan.path() : "a/" + plan.path();
        String to = absolute ? plan.path() : "b/" + plan.path();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(from, to, before, patch, CONTEXT);
        return String.join("\n", diff) + "\n";
    }

    /** Lines without their endings: CRLF files diff like LF files. */
    private static List<String> lines(String text) {
        return List.of(text.split("\\r\\n|\\n|\\r", -1));
    }
}
