package dev.gonogo.check.rules;

import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.check.rules.StatusClaims.Claim;
import dev.gonogo.model.Review;
import dev.gonogo.model.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code status-conflict}: an item stated done in one place is not stated unfinished in another. Items are matched
 * by name across sections. Each conflict is reported once, at the first place that states the item done, with the
 * other done statements and the contradicting lines related.
 */
public final class ItemStatusesAgreeRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("status-conflict",
            "An item has one status across the document", Severity.ERROR,
            "Reviews repeat the same item in the summary, the checklist, the test log and the action items. When one "
                    + "place says it is done and another that it is still running, readers cannot tell which is "
                    + "true, and a Go decision may rest on the wrong one. Conditions for a No-Go and \"if …\" lists "
                    + "state criteria, not facts, and are not compared. "
                    + "Each conflict is reported once, at the first place that states the item done, with the "
                    + "other places listed.",
            """
            ## Summary
            - ✅ Stability test passed

            ## Checklist
            - [ ] **Stability Test:** ⏳ running
            """,
            """
            ## Summary
            - ⏳ Stability test running

            ## Checklist
            - [ ] **Stability Test:** ⏳ running
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        List<Claim> claims = StatusClaims.of(review);
        List<Claim> unfinished = claims.stream().filter(claim -> ReviewItems.notDone(claim.state())).toList();
        // Done claims contradicted by the same places are one conflict: the seed says "done" three times over one
        // running test, and that is one thing to settle, reported at the first claim with the others related.
        Map<List<Claim>, List<Claim>> doneByContradiction = new LinkedHashMap<>();
        for (Claim done : claims) {
            if (done.state() != State.DONE) {
                continue;
            }
            List<Claim> contradicting = unfinished.stream().filter(done::sameItemAs).toList();
            if (!contradicting.isEmpty()) {
                doneByContradiction.computeIfAbsent(contradicting, k -> new ArrayList<>()).add(done);
            }
        }
        doneByContradiction.forEach((contradicting, done) -> report(done, contradicting, sink));
    }

    private static void report(List<Claim> unordered, List<Claim> contradicting, FindingSink sink) {
        List<Claim> done = unordered.stream().sorted(Comparator.comparingInt(Claim::line)).toList();
        Claim first = done.get(0);
        String item = Stream.concat(done.stream(), contradicting.stream())
                .filter(Claim::labelled).map(Claim::subject).findFirst().orElse(first.subject());
        String here = first.labelled() ? first.status().mark() : ReviewItems.shorten(first.subject());
        String alsoDone = done.stream().skip(1).map(claim -> "line " + claim.line())
                .collect(Collectors.joining(", "));
        String lines = contradicting.stream()
                .map(claim -> "line " + claim.line() + " (" + claim.status().mark() + ")")
                .collect(Collectors.joining(", "));
        String message = String.format(Locale.ROOT,
                "\"%s\" is stated done here (%s)%s but not done at %s; make every place state the same status",
                ReviewItems.shorten(item), here, alsoDone.isEmpty() ? "" : " and at " + alsoDone, lines);
        List<FindingSink.Related> related = Stream.concat(
                done.stream().skip(1).map(claim -> new FindingSink.Related(claim.line(),
                        "also stated done: " + ReviewItems.shorten(claim.subject()))),
                contradicting.stream().map(claim -> new FindingSink.Related(claim.line(),
                        ReviewItems.shorten(claim.subject()) + ": " + claim.status().mark())))
                .sorted(Comparator.comparingInt(FindingSink.Related::line))
                .toList();
        sink.report(first.line(), 0, message, related);
    }
}
