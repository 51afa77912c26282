package dev.gonogo.check.rules;

import dev.gonogo.check.RuleInfo;
import java.util.List;

/** Renders {@code docs/rules.md} from the rules' own descriptions, so the page cannot drift from the code. */
final class RuleDocumentation {

    private RuleDocumentation() {
    }

    static String markdown(List<RuleInfo> rules) {
        StringBuilder page = new StringBuilder();
        page.append("# gonogo rules\n\n")
                .append("<!-- Generated from the rules by RuleDocumentationTest; do not edit by hand. To update: ")
                .append("mvn test -Dtest=RuleDocumentationTest -Dgolden.update=true -->\n\n")
                .append("`gonogo check` applies these rules to every review; `gonogo rules` lists them with the ")
                .append("severities in force. Findings name the file, the line and column, the numbers or lines ")
                .append("behind them, and how to fix them.\n\n")
                .append("- **Severity**: set per rule in `gonogo.yml` (`rules: {score-mismatch: warning, ")
                .append("future-done: off}`); `--fail-on` decides which severities fail the run.\n")
                .append("- **Silence one line**: `<!-- gonogo-disable-next-line RULE -->` on the line before it.\n")
                .append("- **Silence a block**: `<!-- gonogo-disable RULE -->` … `<!-- gonogo-enable RULE -->`; ")
                .append("`*` stands for every rule.\n\n")
                .append("| Rule | Severity | What it checks |\n|---|---|---|\n");
        for (RuleInfo rule : rules) {
            page.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
                    .append(rule.defaultSeverity().id()).append(" | ").append(rule.title()).append(" |\n");
        }
        for (RuleInfo rule : rules) {
            page.append("\n## ").append(rule.id()).append("\n\n")
                    .append("**").append(rule.title()).append("** — default severity: ")
                    .append(rule.defaultSeverity().id()).append("\n\n")
                    .append(rule.rationale()).append('\n');
            example(page, "Fails", rule.failingExample());
            example(page, "Passes", rule.passingExample());
        }
        return page.toString();
    }

    private static void example(StringBuilder page, String heading, String text) {
        if (text.isBlank()) {
            return;
        }
        page.append('\n').append(heading).append(":\n\n");
        if (text.contains("\n")) {
            page.append("```markdown\n").append(text.endsWith("\n") ? text : text + "\n").append("```\n");
        } else {
            page.append(text).append('\n');
        }
    }
}
