package dev.gonogo.model;

import java.util.List;
import java.util.Objects;

/**
 * The recommendation: what the authors propose, the conditions attached to it and the criteria that would
 * turn it into a No-Go. Conditions and no-go criteria state what must hold, not facts.
 *
 * @param text         the recommendation as written ({@code GO для Beta Launch (Jan 11-12)}), empty when none
 * @param line         1-based line of the recommendation, or of its section when no sentence states it
 * @param conditions   the conditions attached to the decision
 * @param noGoCriteria the criteria for a No-Go decision
 */
public record Recommendation(String text, int line, List<Entry> conditions, List<Entry> noGoCriteria)
        implements SourceLine {
    public Recommendation {
        Objects.requireNonNull(text, "text");
        conditions = List.copyOf(conditions);
        noGoCriteria = List.copyOf(noGoCriteria);
    }
}
