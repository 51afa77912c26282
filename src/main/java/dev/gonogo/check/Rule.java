package dev.gonogo.check;

import dev.gonogo.model.Review;

/** One consistency check. Rules are stateless; settings come through the constructor. */
public interface Rule {

    RuleInfo info();

    /** Checks one review and reports to the sink; must not throw on any model the parser produces. */
    void check(Review review, FindingSink sink);
}
