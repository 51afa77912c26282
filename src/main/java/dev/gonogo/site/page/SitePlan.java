package dev.gonogo.site.page;

import dev.gonogo.model.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Plans the site for documents in any order. */
    public static SitePlan of(List<ReviewDocument> documents) {
        List<ReviewDocument> byPath = documents.stream()
                .sorted(Comparator.comparing(d -> d.result().review().source().path()))
                .toList();
        Map<String, List<ReviewDocument>> bySystem = groupBySystem(byPath);
        Slugs.Registry systemSlugs = new Slugs.Registry();
        Map<String, PlannedSystem> systems = new LinkedHashMap<>();
        for (Map.Entry<String, List<ReviewDocument>> group : bySystem.entrySet()) {
            String name = systemName(group.getValue().get(0).result().review());
            String slug = name.isEmpty() ? "" : systemSlugs.claim(Slugs.of(name, "system"));
            systems.put(group.getKey(), new PlannedSystem(name, slug, List.of()));
        }
        Slugs.Registry reviewSlugs = new Slugs.Registry();
        List<PlannedReview> planned = new ArrayList<>();
        for (ReviewDocument document : byPath) {
            Review review = document.result().review();
            ReviewLinks links = new ReviewLinks(reviewSlugs.claim(reviewSlug(review)));
            PlannedSystem system = systems.get(systemKey(review));
            planned.add(new PlannedReview(document, links, system.hasPage() ? system.page() : ""));
        }
        return new SitePlan(planned, withVersions(systems, planned));
    }

    private static Map<String, List<ReviewDocument>> groupBySystem(List<ReviewDocument> byPath) {
        Map<String, List<ReviewDocument>> groups = new LinkedHashMap<>();
        for (ReviewDocument document : byPath) {
            groups.computeIfAbsent(systemKey(document.result().review()), k -> new ArrayList<>()).add(document);
        }
        return groups;
    }

    private static List<PlannedSystem> withVersions(Map<String, PlannedSystem> named, List<PlannedReview> planned) {
        List<PlannedSystem> systems = new ArrayList<>();
        for (Map.Entry<String, PlannedSystem> entry : named.entrySet()) {
            List<PlannedReview> versions = planned.stream()
                    .filter(r -> systemKey(r.review()).equals(entry.getKey()))
                    .sorted(VERSION_ORDER)
                    .toList();
            systems.add(new PlannedSystem(entry.getValue().name(), entry.getValue().slug(), versions));
        }
        systems.sort(Comparator.comparing((PlannedSystem s) -> s.name().isEmpty())
                .thenComparing(s -> s.name().toLowerCase(Locale.ROOT))
                .thenComparing(PlannedSystem::slug));
        return systems;
    }

    /** Systems are grouped case-insensitively: {@code Payments} and {@code payments} are one system. */
    private static String systemKey(Review review) {
        return systemName(review).toLowerCase(Locale.ROOT);
    }

    private static String systemName(Review review) {
        return review.system() == null ? "" : review.system().strip();
    }

    private static String reviewSlug(Review review) {
        String path = review.source().path();
        String file = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        String system = systemName(review);
        String version = review.version() == null ? "" : review.version().strip();
        if (system.isEmpty() || version.isEmpty()) {
            return Slugs.of(file, "review");
        }
        String name = version.toLowerCase(Locale.ROOT).startsWith(system.toLowerCase(Locale.ROOT))
                ? version : system + "-" + version;
        return Slugs.of(name, Slugs.of(file, "review"));
    }
}
