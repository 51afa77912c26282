package dev.gonogo.history.format;

import dev.gonogo.history.ReviewDiff;
import java.io.IOException;
import java.util.List;

/** Writes the diffs of one {@code gonogo diff} run in one format. Output is deterministic. */
public interface DiffWriter {

    /** Writes every diff, in the order given (one per review that changed). */
    void write(List<ReviewDiff> diffs, Appendable out) throws IOException;
}
