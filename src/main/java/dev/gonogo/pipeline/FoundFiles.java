package dev.gonogo.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * The review files found under the paths a user gave, and the other files met on the way, which are skipped.
 *
 * @param reviews the {@code *.md} files, sorted by display path
 * @param ignored the display paths of the other files, sorted
 */
public record FoundFiles(List<ReviewFile> reviews, List<String> ignored) {
    /** How many skipped files a notice names before it only counts the rest. */
    private static final int NAMED = 3;

    public FoundFiles {
        reviews = List.copyOf(reviews);
        ignored = List.copyOf(ignored);
    }

    /** One line saying which files were skipped, or empty when none were: said once, not once per file. */
    public String ignoredNotice() {
        if (ignored.isEmpty()) {
            return "";
        }
        String named = String.join(", ", ignored.subList(0, Math.min(NAMED, ignored.size())));
        String more = ignored.size() > NAMED ? String.format(Locale.ROOT, " and %d more", ignored.size() - NAMED) : "";
        return String.format(Locale.ROOT, "skipped %d file%s that %s not Markdown (*.md): %s%s", ignored.size(),
                ignored.size() == 1 ? "" : "s", ignored.size() == 1 ? "is" : "are", named, more);
    }
}
