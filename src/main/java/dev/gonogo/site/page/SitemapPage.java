package dev.gonogo.site.page;

import java.util.List;

/** {@code sitemap.xml} ({@code sitemap.ftlx}): absolute URLs of the site's pages, sorted. */
public record SitemapPage(List<String> urls) {
    public SitemapPage {
        urls = List.copyOf(urls);
    }
}
