package dev.gonogo.check;

import dev.gonogo.model.Review;
import java.util.List;

/** Runs one rule on a review as the real runner does. */
public final class RuleRunner {

    private RuleRunner() {
    }

    public static List<Finding> run(Rule rule, Review review) {
        return new Checker(List.of(rule), CheckSettings.defaults()).check(review).findings();
    }
}
