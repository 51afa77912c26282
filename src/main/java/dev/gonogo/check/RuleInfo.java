package dev.gonogo.check;

import java.util.Objects;

/**
 * What a rule is, for listings, documentation and SARIF.
 *
 * @param id              stable kebab-case id, never reused
 * @param title           one line
 * @param defaultSeverity severity unless configured otherwise
 * @param rationale       why it matters
 * @param failingExample  Markdown that raises the finding
 * @param passingExample  the same fixed
 */
public record RuleInfo(String id, String title, Severity defaultSeverity, String rationale, String failingExample,
                       String passingExample) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(failingExample, "failingExample");
        Objects.requireNonNull(passingExample, "passingExample");
    }
}
