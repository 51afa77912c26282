/**
 * Reviews over time: what changed between two versions of a review ({@link dev.gonogo.history.ReviewDiffer}),
 * and (in {@code history.git}) every committed version of a review read from git.
 */
package dev.gonogo.history;
