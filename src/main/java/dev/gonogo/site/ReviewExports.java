package dev.gonogo.site;

import dev.gonogo.check.ReviewResult;

/**
 * The machine-readable files published beside each review page. The command line passes the project's JSON
 * writers in, so the site publishes the same JSON as {@code gonogo model} and the JSON report.
 */
public interface ReviewExports {

    /** The review's model as JSON. */
    String modelJson(ReviewResult result);

    /** The review's findings as JSON. */
    String findingsJson(ReviewResult result);
}
