package dev.gonogo.check;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Something a rule found wrong in a review.
 *
 * @param rule     the rule's id ({@code score-mismatch})
 * @param severity the effective severity (after configuration)
 * @param message  what is wrong, the numbers behind it and how to fix it
 * @param location where
 * @param related  other places that take part (the contradicting lines of a status conflict)
 */
public record Finding(String rule, Severity severity, String message, Location location, List<Location> related) {

    /** Path, line, column, then rule: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
    }
}
