package dev.gonogo.site.page;

import java.util.List;
import java.util.Objects;

/**
 * One system and its reviews, ordered by version, then date, then path.
 *
 * @param name     the system's name as the first review (in path order) writes it; empty for reviews that name
 *                 no system
 * @param slug     the file-name stem of its page, empty when it has none
 * @param versions its reviews
 */
public record PlannedSystem(String name, String slug, List<PlannedReview> versions) {
    static final String FOLDER = "systems/";

    public PlannedSystem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        versions = List.copyOf(versions);
    }

    /** Whether this group has a page of its own (reviews naming no system have none). */
    public boolean hasPage() {
        return !slug.isEmpty();
    }

    /** The page's path from the site root. */
    public String page() {
        return FOLDER + slug + ".html";
    }
}
