package dev.gonogo.history;

import dev.gonogo.check.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sorts the findings of two versions into new, fixed and changed ({@link FindingKey}): exact matches first (as
 * multisets — a finding that occurs twice before and three times after is new once), then the same subject.
 */
final class FindingMatcher {

    /** The outcome, each list in the order of its version's findings. */
    record Matched(List<Finding> added, List<Finding> fixed, List<FindingChange> changed) {
    }

    private final List<Finding> before;
    private final List<Finding> after;
    /** For each new finding, the index of its old partner, or -1. */
    private final int[] partner;
    private final boolean[] taken;
    private final boolean[] exact;

    private FindingMatcher(List<Finding> before, List<Finding> after) {
        this.before = before;
        this.after = after;
        this.partner = new int[after.size()];
        this.taken = new boolean[before.size()];
        this.exact = new boolean[after.size()];
        java.util.Arrays.fill(partner, -1);
    }

    static Matched match(List<Finding> before, List<Finding> after) {
        FindingMatcher matcher = new FindingMatcher(before, after);
        matcher.pair(FindingKey::of, true);
        matcher.pair(FindingKey::subjectOf, false);
        return matcher.result();
    }

    /** Gives each unpaired new finding the first unpaired old finding with the same non-null key. */
    private void pair(Function<Finding, FindingKey> key, boolean exactPass) {
        Map<FindingKey, Deque<Integer>> free = new HashMap<>();
        for (int j = 0; j < before.size(); j++) {
            FindingKey k = key.apply(before.get(j));
            if (!taken[j] && k != null) {
                free.computeIfAbsent(k, x -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < after.size(); i++) {
            FindingKey k = key.apply(after.get(i));
            Deque<Integer> candidates = k == null ? null : free.get(k);
            if (partner[i] < 0 && candidates != null && !candidates.isEmpty()) {
                partner[i] = candidates.poll();
                taken[partner[i]] = true;
                exact[i] = exactPass;
            }
        }
    }

    private Matched result() {
        List<Finding> added = new ArrayList<>();
        List<FindingChange> changed = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (partner[i] < 0) {
                added.add(after.get(i));
            } else if (!exact[i]) {
                changed.add(new FindingChange(before.get(partner[i]), after.get(i)));
            }
        }
        List<Finding> fixed = new ArrayList<>();
        for (int j = 0; j < before.size(); j++) {
            if (!taken[j]) {
                fixed.add(before.get(j));
            }
        }
        return new Matched(List.copyOf(added), List.copyOf(fixed), List.copyOf(changed));
    }
}
