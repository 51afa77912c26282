package dev.gonogo.site.page;

import java.util.List;
import java.util.Objects;

/**
 * The site's front page ({@code index.ftlh}): every review, grouped by system.
 *
 * @param frame   layout data
 * @param reviews how many reviews the site has
 * @param totals  findings by severity over all reviews
 * @param systems the groups, by system name (reviews naming no system last)
 */
public record IndexPage(PageFrame frame, int reviews, SeverityCounts totals, List<SystemGroup> systems) {
    public IndexPage {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(totals, "totals");
        systems = List.copyOf(systems);
    }

    /**
     * The reviews of one system.
     *
     * @param name the system's name (a label for reviews naming none)
     * @param id   a unique id for the group's heading
     * @param link its page, empty when it has none
     * @param rows its reviews, by version
     */
    public record SystemGroup(String name, String id, String link, List<ReviewRow> rows) {
        public SystemGroup {
            rows = List.copyOf(rows);
        }
    }
}
