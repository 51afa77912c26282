package dev.gonogo.history;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Review;
import java.util.regex.Pattern;

/** Counts the open must-have items of a review: unchecked boxes under a heading such as "Must Have (Критично)". */
final class MustHaves {
    /** Heading words that mark the blocking group of a checklist, in English and Russian. */
    private static final Pattern MUST_HEADING =
            Pattern.compile("(?iu)\\bmust[-\\s]?haves?\\b|\\bblock(er|ing)\\b|критичн|обязательн");

    private MustHaves() {
    }

    static int open(Review review) {
        return (int) review.checklist().stream().filter(item -> !item.checked()).filter(MustHaves::isMustHave).count();
    }

    private static boolean isMustHave(ChecklistItem item) {
        return item.path().stream().anyMatch(heading -> MUST_HEADING.matcher(heading).find());
    }
}
