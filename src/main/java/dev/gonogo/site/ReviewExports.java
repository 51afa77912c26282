package dev.gonogo.site;

import dev.gonogo.check.ReviewResult;

/**
 * The machine-readable files published beside each review page. The command line passes the project's JSON
 * writers in, so the site publishes the same JSON as {@code gonogo model} and the JSON report.
 */
public interface ReviewExports {

    /** The review's model as JSON, encoded as UTF-8 (the file's bytes: no string of 100 KB to encode again). */
    byte[] modelJson(ReviewResult result);

    /** The review's findings as JSON, encoded as UTF-8. */
    byte[] findingsJson(ReviewResult result);
}
