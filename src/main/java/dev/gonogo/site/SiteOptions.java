package dev.gonogo.site;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.site.page.Messages;
import dev.gonogo.site.page.PageFrame;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a site is built.
 *
 * @param language  the interface language ({@code en} or {@code ru}; anything else means English)
 * @param baseUrl   the absolute URL the site will be served from, empty when unknown; without it there is no
 *                  {@code sitemap.xml} (sitemaps need absolute URLs)
 * @param timestamp the build time to print in page footers, or {@code null} for none (the default, so that the
 *                  same input gives byte-identical output)
 * @param tolerance how far an approximate score ({@code ~70%}) may be from the computed one and still agree, in
 *                  points of 100 — the same setting the {@code score-mismatch} rule runs with
 */
public record SiteOptions(Locale language, String baseUrl, Instant timestamp, BigDecimal tolerance) {
    public SiteOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(tolerance, "tolerance");
    }

    /** English, no base URL, no timestamp, the rules' default tolerance. */
    public static SiteOptions defaults() {
        return new SiteOptions(Locale.ENGLISH, "", null, CheckSettings.DEFAULT_TOLERANCE);
    }

    public Optional<Instant> buildTime() {
        return Optional.ofNullable(timestamp);
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }

    /** The frame of a page: its way back to the site's root, its title, and the build time when one is printed. */
    public PageFrame frame(Messages msg, String root, String title) {
        return new PageFrame(root, title, msg, buildTime().map(Object::toString).orElse(""));
    }

    /** The base URL ending with a slash. */
    String baseDirectoryUrl() {
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }
}
