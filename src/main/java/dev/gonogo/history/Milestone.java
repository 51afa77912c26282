package dev.gonogo.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A turning point in a series of versions (the commits of one review, or the versions of one system): where the
 * verdict changed, and where errors appeared or were all fixed. Charts mark these; tables label them.
 *
 * @param index       the position in the series, oldest first
 * @param kind        what happened
 * @param description one line, e.g. {@code verdict: Go with conditions → Go}
 */
public record Milestone(int index, Kind kind, String description) {

    /** What turned. */
    public enum Kind {
        /** The verdict differs from the previous version's. */
        VERDICT_CHANGED,
        /** The previous version had no errors; this one has. */
        ERRORS_APPEARED,
        /** The previous version had errors; this one has none. */
        ERRORS_FIXED
    }

    public Milestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** The milestones of a series of versions, oldest first; unreadable versions are skipped over. */
    public static List<Milestone> of(List<VersionSummary> series) {
        List<Milestone> milestones = new ArrayList<>();
        VersionSummary previous = null;
        for (int i = 0; i < series.size(); i++) {
            VersionSummary current = series.get(i);
            if (!current.readable()) {
                continue;
            }
            if (previous != null) {
                compare(i, previous, current, milestones);
            }
            previous = current;
        }
        return List.copyOf(milestones);
    }

    private static void compare(int index, VersionSummary previous, VersionSummary current, List<Milestone> out) {
        if (new TextChange(previous.verdict(), current.verdict()).changed()) {
            out.add(new Milestone(index, Kind.VERDICT_CHANGED,
                    "verdict: " + orNone(previous.verdict()) + " → " + orNone(current.verdict())));
        }
        if (previous.errors() == 0 && current.errors() > 0) {
            out.add(new Milestone(index, Kind.ERRORS_APPEARED, current.errors() + " error(s) appeared"));
        } else if (previous.errors() > 0 && current.errors() == 0) {
            out.add(new Milestone(index, Kind.ERRORS_FIXED, "all " + previous.errors() + " error(s) fixed"));
        }
    }

    private static String orNone(String verdict) {
        return verdict.isBlank() ? "(none)" : verdict;
    }
}
