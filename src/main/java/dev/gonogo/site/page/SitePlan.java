package dev.gonogo.site.page;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    /**
     * This plan with some reviews replaced by others with the same path and pages ({@code serve} after a save that
     * kept every review's path, system and version): the systems order their versions again, as a date may have
     * changed. Nothing is planned again, so no slug is computed.
     *
     * @param replacements reviews planned with the links and system page their path has in this plan
     */
    public SitePlan replacing(List<PlannedReview> replacements) {
        Map<String, PlannedReview> byPath = new HashMap<>();
        replacements.forEach(review -> byPath.put(review.review().source().path(), review));
        UnaryOperator<PlannedReview> replace = review -> byPath.getOrDefault(review.review().source().path(), review);
        List<PlannedSystem> replanned = systems.stream().map(system -> system.versions().stream()
                .noneMatch(version -> byPath.containsKey(version.review().source().path())) ? system
                : new PlannedSystem(system.name(), system.slug(),
                        system.versions().stream().map(replace).sorted(VERSION_ORDER).toList())).toList();
        return new SitePlan(reviews.stream().map(replace).toList(), replanned);
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
