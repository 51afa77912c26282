package dev.gonogo.site.page;

import java.util.Objects;

/**
 * The 404 page ({@code 404.ftlh}). Static hosts serve it at any depth, so its links use the base URL when one
 * was given.
 */
public record NotFoundPage(PageFrame frame) {
    public NotFoundPage {
        Objects.requireNonNull(frame, "frame");
    }
}
