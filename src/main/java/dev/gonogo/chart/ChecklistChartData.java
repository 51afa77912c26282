package dev.gonogo.chart;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Review;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the checklist chart shows: done and open items per group, groups in document order.
 *
 * @param groups the groups, in the order their first item appears
 */
public record ChecklistChartData(List<Group> groups) {

    /** Joins the last two heading titles of an item's path: {@code Must Have › Testing}. */
    static final String PATH_SEPARATOR = " › ";

    public ChecklistChartData {
        groups = List.copyOf(groups);
    }

    /**
     * The items under one heading pair.
     *
     * @param name the last two headings above the items ({@code Must Have (Критично) › Testing}), empty for items
     *             under no heading
     * @param done items whose box is ticked
     * @param open items whose box is not
     */
    public record Group(String name, int done, int open) {
        public Group {
            Objects.requireNonNull(name, "name");
        }

        public int total() {
            return done + open;
        }
    }

    /** The chart data of a review's checklist, when it has any item. */
    public static Optional<ChecklistChartData> of(Review review) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ChecklistItem item : review.checklist()) {
            int[] doneOpen = counts.computeIfAbsent(groupName(item), name -> new int[2]);
            doneOpen[item.checked() ? 0 : 1]++;
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistChartData(counts.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList()));
    }

    public int done() {
        return groups.stream().mapToInt(Group::done).sum();
    }

    public int total() {
        return groups.stream().mapToInt(Group::total).sum();
    }

    static String groupName(ChecklistItem item) {
        List<String> path = item.path().stream().filter(title -> !title.isBlank()).toList();
        if (path.isEmpty()) {
            return "";
        }
        return String.join(PATH_SEPARATOR, path.subList(Math.max(0, path.size() - 2), path.size()));
    }
}
