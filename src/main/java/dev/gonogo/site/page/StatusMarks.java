package dev.gonogo.site.page;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Review;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The status marks a review uses and what each means, gathered from the parsed model: the parser's vocabulary
 * decides what a mark means, the site only shows it. Only symbol marks (emoji) are kept, so that status words
 * in running prose ({@code PASS}) are not turned into badges.
 */
final class StatusMarks {
    private static final char VARIATION_SELECTOR = '\uFE0F';

    private StatusMarks() {
    }

    /** Mark → state, first meaning in document order winning; each mark also without its emoji selector. */
    static Map<String, State> of(Review review) {
        Map<String, State> marks = new TreeMap<>();
        statuses(review).filter(s -> isSymbol(s.mark())).forEach(s -> {
            marks.putIfAbsent(s.mark(), s.state());
            String bare = s.mark().replace(String.valueOf(VARIATION_SELECTOR), "");
            if (!bare.isEmpty()) {
                marks.putIfAbsent(bare, s.state());
            }
        });
        return marks;
    }

    private static Stream<Status> statuses(Review review) {
        Stream<Status> direct = Stream.of(
                Stream.of(review.status()),
                review.allSections().flatMap(s -> Stream.concat(Stream.of(s.status()), entries(s.entries()))),
                review.checklist().stream().map(c -> c.status()),
                review.metrics().stream().map(m -> m.status()),
                review.matrices().stream().flatMap(m -> m.rows().stream()).map(r -> r.status()),
                review.tests().stream().flatMap(t -> Stream.concat(Stream.of(t.status()), entries(t.fields()))),
                review.timeline().stream().map(t -> t.status()),
                review.actionItems().stream().map(a -> a.status()),
                entries(review.notes()),
                review.recommendation() == null ? Stream.<Status>empty()
                        : Stream.concat(entries(review.recommendation().conditions()),
                                entries(review.recommendation().noGoCriteria())))
                .flatMap(s -> s);
        return direct;
    }

    private static Stream<Status> entries(java.util.List<Entry> entries) {
        return entries.stream().flatMap(e -> Stream.concat(Stream.of(e.status()), entries(e.children())));
    }

    private static boolean isSymbol(String mark) {
        return !mark.isBlank() && mark.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
