package dev.gonogo.site.cache;

import java.util.List;
import java.util.Objects;

/**
 * What the published build wrote for one review, and what that output depended on besides the review's bytes.
 *
 * @param key           the digest of the build's fingerprint, the review's path and its bytes
 * @param slug          the file-name stem the review got in the site (it depends on the other reviews' names)
 * @param systemPage    the page of its system the review page links to
 * @param historyDigest the digest of the history section shown on the page
 * @param files         the files written, relative to the site root, with their sizes
 */
public record CachedReview(String key, String slug, String systemPage, String historyDigest, List<CachedFile> files) {
    public CachedReview {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(systemPage, "systemPage");
        Objects.requireNonNull(historyDigest, "historyDigest");
        files = List.copyOf(files);
    }

    /** Whether the review's page would be written the same today: same name, same system page, same history. */
    public boolean sameContext(String slug, String systemPage, String historyDigest) {
        return this.slug.equals(slug) && this.systemPage.equals(systemPage)
                && this.historyDigest.equals(historyDigest);
    }

    /** One file of the published site. A size that differs means the file was changed since: it is not reused. */
    public record CachedFile(String path, long size) {
        public CachedFile {
            Objects.requireNonNull(path, "path");
        }
    }
}
