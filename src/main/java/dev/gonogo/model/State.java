package dev.gonogo.model;

/** The normalised meaning of a status mark, whatever language or symbol the author used. */
public enum State {
    DONE,
    IN_PROGRESS,
    ATTENTION,
    FAILED,
    NONE;

    /** True for a state that claims the work is finished. */
    public boolean isDone() {
        return this == DONE;
    }
}
