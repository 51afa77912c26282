package dev.gonogo.model;

import java.util.Objects;

/**
 * An inline comment that silences a rule on some lines ({@code <!-- gonogo-disable-next-line score-mismatch -->}).
 *
 * @param rule     the rule id, or {@code *} for every rule
 * @param fromLine first silenced line, 1-based
 * @param toLine   last silenced line, inclusive ({@link Integer#MAX_VALUE} when never re-enabled)
 * @param line     line of the comment itself
 */
public record Suppression(String rule, int fromLine, int toLine, int line) implements SourceLine {
    public Suppression {
        Objects.requireNonNull(rule, "rule");
    }

    public boolean covers(String ruleId, int atLine) {
        return (rule.equals("*") || rule.equals(ruleId)) && atLine >= fromLine && atLine <= toLine;
    }
}
