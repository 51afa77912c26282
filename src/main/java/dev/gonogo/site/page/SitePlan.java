package dev.gonogo.site.page;

import java.util.Comparator;
import java.util.List;

/**
 * Which file every review and system gets. Slugs are handed out in source-path order, so the same input always
 * gives the same names, and two reviews that would share a name both keep a page ({@code -2} on the later one).
 *
 * @param reviews every review, in source-path order
 * @param systems the systems by name (reviews naming no system last, in a group without a page)
 */
public record SitePlan(List<PlannedReview> reviews, List<PlannedSystem> systems) {

    /** Reviews of one system: by version, then date, then path; unknown versions and dates last. */
    static final Comparator<PlannedReview> VERSION_ORDER = Comparator
            .comparing((PlannedReview r) -> r.review().version(), Comparator.nullsLast(VersionOrder.INSTANCE))
            .thenComparing(r -> r.review().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.review().source().path());

    public SitePlan {
        reviews = List.copyOf(reviews);
        systems = List.copyOf(systems);
    }

    /** Plans the site for documents in any order (all in memory; a build streams them through {@link SitePlanner}). */
    public static SitePlan of(List<ReviewDocument> documents) {
        SitePlanner planner = new SitePlanner();
        documents.stream()
                .sorted(Comparator.comparing(d -> d.result().review().source().path()))
                .map(planner::add)
                .forEach(planner::keep);
        return planner.finish();
    }
}
