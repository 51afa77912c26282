package dev.gonogo.history;

/** How an element matched by name between two versions of a review changed. */
public enum ChangeKind {
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED,
    /** In both, with a difference that matters. */
    CHANGED
}
