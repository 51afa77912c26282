package dev.gonogo.check.rules;

import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.model.ActionItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Review;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import dev.gonogo.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** {@code future-done}: nothing is marked done on a date after the document's own date. */
public final class DoneNotAfterDocumentDateRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("future-done",
            "Nothing is done after the document's date", Severity.WARNING,
            "A step dated after the review was written cannot have happened yet. A ✅ on it is a plan written as a "
                    + "fact, usually copied from a template or ticked ahead of time.",
            """
            # Inventory review
            **Date:** 2026-01-10

            ## Timeline

            ### Jan 11-12, 2026
            - ✅ Production deployment
            """,
            """
            # Inventory review
            **Date:** 2026-01-10

            ## Timeline

            ### Jan 11-12, 2026
            - ⏳ Production deployment
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        LocalDate documentDate = review.date();
        if (documentDate == null) {
            return;
        }
        Map<Integer, Dated> done = new TreeMap<>();
        for (TimelineEntry entry : review.timeline()) {
            add(done, entry.line(), entry.text(), entry.status(), entry.date());
        }
        for (ActionItem item : review.actionItems()) {
            add(done, item.line(), item.text(), item.status(), item.due());
        }
        for (Entry entry : new ReviewItems(review).allEntries()) {
            add(done, entry.line(), entry.text(), entry.status(), entry.date());
        }
        done.values().stream()
                .filter(dated -> dated.date().isAfter(documentDate))
                .forEach(dated -> sink.report(dated.line(), 0, String.format(Locale.ROOT,
                        "\"%s\" is marked %s (done) but dated %s, after the document's date %s; mark it as "
                                + "planned (⏳) or correct the date",
                        ReviewItems.shorten(dated.text()), dated.status().mark(), dated.date(), documentDate),
                        List.of()));
    }

    private static void add(Map<Integer, Dated> into, int line, String text, Status status, LocalDate date) {
        if (date != null && status.state() == State.DONE) {
            into.putIfAbsent(line, new Dated(line, text, status, date));
        }
    }

    private record Dated(int line, String text, Status status, LocalDate date) {
    }
}
