package dev.gonogo.check;

import java.util.List;

/** Where a rule reports what it finds; the runner adds rule id, severity and path. */
public interface FindingSink {

    /**
     * Reports a finding.
     *
     * @param line    1-based line in the review
     * @param column  1-based column, 0 when unknown
     * @param message what is wrong, the numbers behind it and how to fix it
     * @param related other lines that take part, each with a short note
     */
    void report(int line, int column, String message, List<Related> related);

    default void report(int line, String message) {
        report(line, 0, message, List.of());
    }

    /** Another line of the same review that takes part in a finding. */
    record Related(int line, String message) {
    }
}
