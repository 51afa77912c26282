package dev.gonogo.site;

import dev.gonogo.site.page.SeverityCounts;

/**
 * What a build produced, for the command's summary line.
 *
 * @param reviews  reviews published
 * @param systems  system pages published
 * @param findings findings by severity over all reviews
 * @param sitemap  whether {@code sitemap.xml} was written (only with a base URL)
 */
public record SiteSummary(int reviews, int systems, SeverityCounts findings, boolean sitemap) {
}
