package dev.gonogo.pipeline;

import dev.gonogo.check.CheckResult;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ReviewPipeline#checkReadable} found: the result of the files it could check, and the files it could
 * not read, in file order.
 */
public record CheckedFiles(CheckResult result, List<UnreadableFile> unreadable) {
    public CheckedFiles {
        Objects.requireNonNull(result, "result");
        unreadable = List.copyOf(unreadable);
    }

    /** The files that were read and checked: those given, less the unreadable ones. */
    public List<ReviewFile> readable(List<ReviewFile> given) {
        List<ReviewFile> skipped = unreadable.stream().map(UnreadableFile::file).toList();
        return given.stream().filter(file -> !skipped.contains(file)).toList();
    }
}
