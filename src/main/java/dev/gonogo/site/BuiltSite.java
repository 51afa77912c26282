package dev.gonogo.site;

import dev.gonogo.site.page.SitePlan;
import java.util.Objects;

/**
 * A site a generator wrote, as {@link SiteGenerator#update} needs it to bring the site up to date after a save
 * without planning it again.
 *
 * @param summary what the build produced
 * @param plan    the pages of every review and system, the reviews cut to their summaries
 */
public record BuiltSite(SiteSummary summary, SitePlan plan) {
    public BuiltSite {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(plan, "plan");
    }
}
