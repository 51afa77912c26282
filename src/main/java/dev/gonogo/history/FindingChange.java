package dev.gonogo.history;

import dev.gonogo.check.Finding;
import java.util.Objects;

/**
 * A finding both versions have about the same subject, whose numbers or lines changed: the status conflict over
 * "Stability Test" now lists other contradicting lines. Neither new nor fixed.
 *
 * @param before the finding in the old version
 * @param after  the finding in the new version
 */
public record FindingChange(Finding before, Finding after) {
    public FindingChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
