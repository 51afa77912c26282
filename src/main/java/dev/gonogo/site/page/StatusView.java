package dev.gonogo.site.page;

import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.util.Locale;

/**
 * A status mark as a page shows it: the mark as written, the state as a CSS class suffix and the state's name
 * in the interface language (for screen readers, since an emoji alone is ambiguous).
 *
 * @param mark  the mark as written, empty when none
 * @param state {@code done}, {@code in-progress}, {@code attention}, {@code failed} or {@code none}
 * @param label the state's name in the interface language
 */
public record StatusView(String mark, String state, String label) {

    static StatusView of(Status status, Messages msg) {
        return of(status.mark(), status.state(), msg);
    }

    static StatusView of(String mark, State state, Messages msg) {
        String id = cssName(state);
        return new StatusView(mark, id, msg.text("state." + id));
    }

    /** The CSS/message name of a state: {@code IN_PROGRESS} becomes {@code in-progress}. */
    public static String cssName(State state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean present() {
        return !mark.isEmpty() || !"none".equals(state);
    }
}
