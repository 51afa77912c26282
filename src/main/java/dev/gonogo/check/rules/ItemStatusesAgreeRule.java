package dev.gonogo.check.rules;

import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.check.rules.StatusClaims.Claim;
import dev.gonogo.model.Review;
import dev.gonogo.model.State;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code status-conflict}: an item stated done in one place is not stated unfinished in another. Items are matched
 * by name across sections; each done statement that is contradicted is reported, with the contradicting lines.
 */
public final class ItemStatusesAgreeRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("status-conflict",
            "An item has one status across the document", Severity.ERROR,
            "Reviews repeat the same item in the summary, the checklist, the test log and the action items. When one "
                    + "place says it is done and another that it is still running, readers cannot tell which is "
                    + "true, and a Go decision may rest on the wrong one. Conditions for a No-Go and \"if …\" lists "
                    + "state criteria, not facts, and are not compared.",
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
        for (Claim done : claims) {
            if (done.state() != State.DONE) {
                continue;
            }
            List<Claim> contradicting = unfinished.stream().filter(done::sameItemAs).toList();
            if (!contradicting.isEmpty()) {
                report(done, contradicting, sink);
            }
        }
    }

    private static void report(Claim done, List<Claim> contradicting, FindingSink sink) {
        String item = done.labelled() ? done.subject() : contradicting.stream()
                .filter(Claim::labelled).map(Claim::subject).findFirst().orElse(done.subject());
        String lines = contradicting.stream()
                .map(claim -> "line " + claim.line() + " (" + claim.status().mark() + ")")
                .collect(Collectors.joining(", "));
        String here = done.labelled() ? done.status().mark() : ReviewItems.shorten(done.subject());
        String message = String.format(Locale.ROOT,
                "\"%s\" is stated done here (%s) but not done at %s; make every place state the same status",
                ReviewItems.shorten(item), here, lines);
        List<FindingSink.Related> related = contradicting.stream()
                .map(claim -> new FindingSink.Related(claim.line(),
                        ReviewItems.shorten(claim.subject()) + ": " + claim.status().mark()))
                .toList();
        sink.report(done.line(), 0, message, related);
    }
}
