package dev.gonogo.site.page;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The table rows of the previous build, for {@code gonogo serve}: a row depends only on its review, its rank, the
 * way from the showing page to its review page and the site's options, so while a save leaves a review as the same
 * object (compared by identity: comparing by value would walk its whole model) its rows are reused instead of
 * recomputed for all the site's reviews on every save. What a build did not show is forgotten at the next one.
 * One instance per site options; used by one build at a time.
 */
public final class RememberedRows {
    private final boolean enabled;
    private Map<ReviewDocument, List<ReviewRow>> previous = new IdentityHashMap<>();
    private Map<ReviewDocument, List<ReviewRow>> current = new IdentityHashMap<>();

    private RememberedRows(boolean enabled) {
        this.enabled = enabled;
    }

    /** Rows remembered from one build to the next. */
    public static RememberedRows acrossBuilds() {
        return new RememberedRows(true);
    }

    /** Remembers nothing: a one-off build, which would only pay for the memory. */
    public static RememberedRows none() {
        return new RememberedRows(false);
    }

    /** Whether rows are remembered: only then is it worth remembering anything made from them. */
    public boolean enabled() {
        return enabled;
    }

    /** Starts a build: the rows the last one showed become those it may reuse. */
    public void nextBuild() {
        previous = current;
        current = new IdentityHashMap<>();
    }

    /** The row of {@code planned} at this rank and link, from the previous build when it made the same one. */
    ReviewRow row(PlannedReview planned, int rank, String link, Supplier<ReviewRow> compute) {
        if (!enabled) {
            return compute.get();
        }
        ReviewDocument document = planned.document();
        ReviewRow row = previous.getOrDefault(document, List.of()).stream()
                .filter(old -> old.rank() == rank && old.link().equals(link))
                .findFirst()
                .orElseGet(compute);
        current.computeIfAbsent(document, d -> new ArrayList<>(2)).add(row);
        return row;
    }
}
