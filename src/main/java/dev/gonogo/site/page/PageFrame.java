package dev.gonogo.site.page;

import java.util.Objects;

/**
 * What every page's layout needs: language, the relative way back to the site root, the title and the labels.
 *
 * @param root        the relative prefix from this page to the site root ({@code ""} or {@code "../"}), or the
 *                    absolute base URL for pages served from unknown depths (the 404 page)
 * @param title       the page title (the site name is appended by the layout)
 * @param msg         interface labels
 * @param generatedAt the build time as ISO-8601 text, empty unless a timestamp was requested
 */
public record PageFrame(String root, String title, Messages msg, String generatedAt) {
    public PageFrame {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(msg, "msg");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    public String lang() {
        return msg.language();
    }
}
