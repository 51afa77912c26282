package dev.gonogo.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one generated review states.
 *
 * @param system     system name
 * @param version    version, e.g. {@code 2.1.0}
 * @param date       the review's date
 * @param testsDone  whether the stability and failure-injection tests are finished (else both still ahead)
 * @param weights    the matrix weights in percent, in the seed's row order
 * @param scores     the matrix scores in percent
 * @param statedText the overall score as written, e.g. {@code 85.7} or {@code ~86}
 * @param planted    the error-level rule the review must raise ({@code weights-sum}, {@code score-mismatch}), or
 *                   empty for a consistent review
 */
record VariantSpec(String system, String version, LocalDate date, boolean testsDone, List<Integer> weights,
                   List<Integer> scores, String statedText, String planted) {

    VariantSpec {
        weights = List.copyOf(weights);
        scores = List.copyOf(scores);
    }

    /** Σ weight × score / 100, exact. */
    BigDecimal computedScore() {
        return SeedVariant.weighted(weights, scores);
    }
}
