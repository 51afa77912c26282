package dev.gonogo.site.page;

import java.util.Objects;

/**
 * Where one review's files live, relative to the site root. All of them sit in {@code reviews/}, so links between
 * them are plain file names.
 *
 * @param slug the unique file-name stem of the review
 */
public record ReviewLinks(String slug) {
    static final String FOLDER = "reviews/";

    public ReviewLinks {
        Objects.requireNonNull(slug, "slug");
    }

    public String pageFile() {
        return slug + ".html";
    }

    public String sourceFile() {
        return slug + ".source.html";
    }

    public String modelFile() {
        return slug + ".model.json";
    }

    public String findingsFile() {
        return slug + ".findings.json";
    }

    /** The review page's path from the site root. */
    public String page() {
        return FOLDER + pageFile();
    }

    public String source() {
        return FOLDER + sourceFile();
    }

    public String model() {
        return FOLDER + modelFile();
    }

    public String findings() {
        return FOLDER + findingsFile();
    }

    /** The source view's anchor for a line, from a page in {@code reviews/}; the file itself for line 0. */
    public String sourceLine(int line) {
        return line > 0 ? sourceFile() + "#L" + line : sourceFile();
    }
}
