package dev.gonogo.history.git;

import dev.gonogo.history.Milestone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The committed versions of one review, oldest first, or a note saying why there are none (or not all).
 * Never an exception: a page shows the note and the build goes on.
 *
 * @param path         the file as the caller named it
 * @param availability whether the history is complete
 * @param note         what a reader should know (no repository, shallow clone, uncommitted changes); empty when
 *                     nothing needs saying
 * @param points       the versions, oldest first
 */
public record ReviewHistory(String path, Availability availability, String note, List<HistoryPoint> points) {

    /** How much of the history could be read. */
    public enum Availability {
        /** Every commit that changed the file. */
        COMPLETE,
        /** A shallow clone: commits before the clone's depth are missing. */
        SHALLOW,
        /** The file is inside a repository but not committed yet. */
        NOT_COMMITTED,
        /** The file is not inside a git repository. */
        NO_REPOSITORY,
        /** The repository could not be read. */
        UNREADABLE
    }

    public ReviewHistory {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(note, "note");
        points = List.copyOf(points);
    }

    static ReviewHistory none(String path, Availability availability, String note) {
        return new ReviewHistory(path, availability, note, List.of());
    }

    /** The versions, newest first (the order of a history table). */
    public List<HistoryPoint> newestFirst() {
        List<HistoryPoint> reversed = new ArrayList<>(points);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    /** Where the verdict changed and errors appeared or were fixed, indexed into {@link #points()}. */
    public List<Milestone> milestones() {
        return Milestone.of(points.stream().map(HistoryPoint::version).toList());
    }

    /** True when there is something to chart: at least two versions. */
    public boolean hasTrend() {
        return points.size() > 1;
    }
}
