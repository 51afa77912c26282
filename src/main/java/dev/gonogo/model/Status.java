package dev.gonogo.model;

import java.util.Objects;

/**
 * A status as written in the document (an emoji, a checkbox, a word such as PASS or Готово) and its
 * normalised {@link State}.
 *
 * @param mark  the mark exactly as written; empty when the element carries none
 * @param state the normalised state
 */
public record Status(String mark, State state) {

    /** The status of an element that carries no mark at all. */
    public static final Status NONE = new Status("", State.NONE);

    public Status {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(state, "state");
    }

    public static Status of(String mark, State state) {
        return mark.isEmpty() && state == State.NONE ? NONE : new Status(mark, state);
    }

    public boolean isPresent() {
        return state != State.NONE || !mark.isEmpty();
    }
}
