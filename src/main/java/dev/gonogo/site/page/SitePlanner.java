package dev.gonogo.site.page;

import dev.gonogo.model.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plans a site one review at a time, in source-path order: each review gets its page names as soon as it is added,
 * so a build can write its pages and let go of its full text and model before the next reviews are even read. The
 * names are those {@link SitePlan#of} gives the same reviews, because slugs are claimed in the same order. Not
 * thread-safe: one build adds its reviews from one thread.
 */
public final class SitePlanner {
    /** A file name's extension; compiled once, not once for each of a site's thousands of reviews. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[^.]*$");

    private final Slugs.Registry systemSlugs = new Slugs.Registry();
    private final Slugs.Registry reviewSlugs = new Slugs.Registry();
    /** Systems by key (lower-case name), in order of their first review. */
    private final Map<String, PlannedSystem> systems = new LinkedHashMap<>();
    private final List<PlannedReview> reviews = new ArrayList<>();
    private String lastPath;

    /**
     * Names the pages of the next review.
     *
     * @throws IllegalArgumentException when its path sorts before the previous review's: names would then depend on
     *                                  the order reviews happened to arrive in
     */
    public PlannedReview add(ReviewDocument document) {
        Review review = document.result().review();
        String path = review.source().path();
        if (lastPath != null && lastPath.compareTo(path) > 0) {
            throw new IllegalArgumentException("reviews must be planned in path order: " + path + " after " + lastPath);
        }
        lastPath = path;
        PlannedSystem system = systems.computeIfAbsent(systemKey(review), key -> {
            String name = systemName(review);
            return new PlannedSystem(name, name.isEmpty() ? "" : systemSlugs.claim(Slugs.of(name, "system")),
                    List.of());
        });
        ReviewLinks links = new ReviewLinks(reviewSlugs.claim(reviewSlug(review)));
        return new PlannedReview(document, links, system.hasPage() ? system.page() : "");
    }

    /**
     * Keeps a planned review for the index, system pages and sitemap: usually {@link ReviewDocument#summary()} of
     * what {@link #add} returned, so that the finished plan holds no review's full text and model.
     */
    public void keep(PlannedReview planned) {
        reviews.add(planned);
    }

    /** The plan of every review kept: reviews in path order, systems by name with their versions in order. */
    public SitePlan finish() {
        Map<String, List<PlannedReview>> versions = new HashMap<>();
        for (PlannedReview review : reviews) {
            versions.computeIfAbsent(systemKey(review.review()), key -> new ArrayList<>()).add(review);
        }
        List<PlannedSystem> planned = new ArrayList<>();
        systems.forEach((key, system) -> planned.add(new PlannedSystem(system.name(), system.slug(),
                versions.getOrDefault(key, List.of()).stream().sorted(SitePlan.VERSION_ORDER).toList())));
        planned.sort(Comparator.comparing((PlannedSystem s) -> s.name().isEmpty())
                .thenComparing(s -> s.name().toLowerCase(Locale.ROOT))
                .thenComparing(PlannedSystem::slug));
        return new SitePlan(reviews, planned);
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
        String file = EXTENSION.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
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
