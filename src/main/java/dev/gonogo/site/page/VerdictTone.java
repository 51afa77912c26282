package dev.gonogo.site.page;

import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Review;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The colour of the verdict banner, read from the words of the recommendation and of the verdict beside the
 * score. It only colours the banner: the words themselves are always shown as written.
 */
enum VerdictTone {
    GO, CONDITIONAL, NO_GO, UNKNOWN;

    private static final Pattern NO_GO_WORDS =
            Pattern.compile("\\bno[\\s-]?go\\b|\\bnot ready\\b|не\\s+готов|не\\s+рекоменд", Pattern.UNICODE_CASE);
    private static final Pattern CONDITION_WORDS =
            Pattern.compile("condition|caveat|услови|оговорк", Pattern.UNICODE_CASE);
    private static final Pattern GO_WORDS = Pattern.compile("\\bgo\\b|\\bready\\b|готов", Pattern.UNICODE_CASE);

    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static VerdictTone of(Review review) {
        Recommendation recommendation = review.recommendation();
        String stated = review.statedScore() == null ? "" : review.statedScore().verdict();
        String text = ((recommendation == null ? "" : recommendation.text()) + " " + stated).toLowerCase(Locale.ROOT);
        if (NO_GO_WORDS.matcher(text).find()) {
            return NO_GO;
        }
        boolean conditions = recommendation != null && !recommendation.conditions().isEmpty();
        if (CONDITION_WORDS.matcher(text).find()) {
            return CONDITIONAL;
        }
        if (GO_WORDS.matcher(text).find()) {
            return conditions ? CONDITIONAL : GO;
        }
        return UNKNOWN;
    }
}
