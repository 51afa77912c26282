package dev.gonogo.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the elements of two versions of a list by name, never by position or line: first by name within the
 * same group (a checklist item's headings, a metric's heading), then by name alone, so an element moved to
 * another group is still the same element. Equal names pair in document order.
 *
 * @param <T> the element type
 */
final class Pairing<T> {
    private final Function<T, String> name;
    private final Function<T, String> group;

    Pairing(Function<T, String> name, Function<T, String> group) {
        this.name = name;
        this.group = group;
    }

    /** A matched pair; {@code before} is {@code null} for an added element, {@code after} for a removed one. */
    record Pair<T>(T before, T after) {
    }

    /**
     * Pairs the lists. The result holds the new version's elements in its order (matched or added), then the
     * removed elements in the old version's order.
     */
    List<Pair<T>> pair(List<T> before, List<T> after) {
        Integer[] partner = new Integer[after.size()];
        boolean[] taken = new boolean[before.size()];
        match(before, after, this::groupKey, partner, taken);
        match(before, after, this::nameKey, partner, taken);
        List<Pair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            pairs.add(new Pair<>(partner[i] == null ? null : before.get(partner[i]), after.get(i)));
        }
        for (int j = 0; j < before.size(); j++) {
            if (!taken[j]) {
                pairs.add(new Pair<>(before.get(j), null));
            }
        }
        return List.copyOf(pairs);
    }

    /** Gives each unpaired new element the first unpaired old element with the same key. */
    private void match(List<T> before, List<T> after, Function<T, String> key, Integer[] partner, boolean[] taken) {
        Map<String, Deque<Integer>> free = new HashMap<>();
        for (int j = 0; j < before.size(); j++) {
            if (!taken[j]) {
                free.computeIfAbsent(key.apply(before.get(j)), k -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < after.size(); i++) {
            Deque<Integer> candidates = free.get(key.apply(after.get(i)));
            if (partner[i] == null && candidates != null && !candidates.isEmpty()) {
                partner[i] = candidates.poll();
                taken[partner[i]] = true;
            }
        }
    }

    private String nameKey(T item) {
        return Names.normalize(name.apply(item));
    }

    private String groupKey(T item) {
        return Names.normalize(group.apply(item)) + '\u0000' + nameKey(item);
    }
}
