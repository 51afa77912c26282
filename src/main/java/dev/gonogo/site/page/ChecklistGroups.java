package dev.gonogo.site.page;

import dev.gonogo.model.ChecklistItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Groups task-list items by the headings above them. The headings every item shares (the document title,
 * {@code Go/No-Go Criteria}) say nothing about the group and are left out of its title.
 */
final class ChecklistGroups {
    private static final String SEPARATOR = " › ";

    private ChecklistGroups() {
    }

    static List<ReviewPage.ChecklistGroup> of(List<ChecklistItem> items, Messages msg, IntFunction<String> link) {
        int shared = sharedPrefix(items);
        Map<String, List<ChecklistItem>> groups = new LinkedHashMap<>();
        for (ChecklistItem item : items) {
            groups.computeIfAbsent(title(item.path(), shared), k -> new ArrayList<>()).add(item);
        }
        List<ReviewPage.ChecklistGroup> result = new ArrayList<>();
        for (Map.Entry<String, List<ChecklistItem>> group : groups.entrySet()) {
            List<ReviewPage.ChecklistRow> rows = group.getValue().stream()
                    .map(i -> new ReviewPage.ChecklistRow(i.text(), i.detail(), i.checked(),
                            StatusView.of(i.status(), msg), link.apply(i.line())))
                    .toList();
            int done = (int) group.getValue().stream().filter(ChecklistItem::checked).count();
            result.add(new ReviewPage.ChecklistGroup(group.getKey(), done, rows.size(),
                    percent(done, rows.size()), rows));
        }
        return result;
    }

    /**
     * The share done, rounded (4 of 6 is 67%), except that only a finished group shows 100% and only an untouched
     * one 0%: "100%" over an open box would tell a stakeholder the group is done.
     */
    static int percent(int done, int total) {
        if (done == 0 || done == total) {
            return done == 0 ? 0 : 100;
        }
        int rounded = Math.round(done * 100f / total);
        return Math.max(1, Math.min(99, rounded));
    }

    private static String title(List<String> path, int shared) {
        if (path.isEmpty()) {
            return "";
        }
        List<String> own = path.subList(Math.min(shared, path.size() - 1), path.size());
        return String.join(SEPARATOR, own);
    }

    /** How many leading headings all items share. */
    private static int sharedPrefix(List<ChecklistItem> items) {
        if (items.isEmpty()) {
            return 0;
        }
        List<String> first = items.get(0).path();
        int shared = first.size();
        for (ChecklistItem item : items) {
            int i = 0;
            while (i < shared && i < item.path().size() && item.path().get(i).equals(first.get(i))) {
                i++;
            }
            shared = i;
        }
        return shared;
    }
}
