package dev.gonogo.site.page;

import java.util.List;
import java.util.Objects;

/**
 * The score panel of a review page: the score the document states beside the one its matrix computes, the
 * arithmetic in between, and whether they agree at the precision the author wrote.
 *
 * @param stated          the first stated score on its scale ({@code 83.5%}), empty when none is stated
 * @param statedLink      link to its line in the source view
 * @param approximate     whether the author wrote it as approximate ({@code ~70%})
 * @param computed        the matrix's exact result on the stated scale ({@code 85.65}), empty without a matrix
 * @param computedRounded the result at the stated precision ({@code 85.7}), or exact when nothing is stated
 * @param difference      computed minus stated at the stated precision with its sign ({@code +2.2}), empty when
 *                        either is missing
 * @param mismatch        whether they disagree
 * @param matrixTitle     the heading of the matrix, empty without one
 * @param matrixLink      link to the matrix's header line
 * @param weighted        whether the total is weighted (otherwise it is the plain average of the scores)
 * @param terms           one row per criterion
 * @param weightTotal     the weights' sum ({@code 100}), empty when unweighted
 * @param weightsComplete whether the weights sum to exactly 100
 * @param formula         the arithmetic on one line ({@code 30% × 95 + … = 28.5 + … = 85.65})
 * @param statements      every place the document states the score
 */
public record ScorePanel(String stated, String statedLink, boolean approximate, String computed,
                         String computedRounded, String difference, boolean mismatch, String matrixTitle,
                         String matrixLink, boolean weighted, List<Term> terms, String weightTotal,
                         boolean weightsComplete, String formula, List<Statement> statements) {
    public ScorePanel {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(computed, "computed");
        terms = List.copyOf(terms);
        statements = List.copyOf(statements);
    }

    public boolean hasStated() {
        return !stated.isEmpty();
    }

    public boolean hasComputed() {
        return !computed.isEmpty();
    }

    /** Whether there is anything to show at all. */
    public boolean present() {
        return hasStated() || hasComputed() || !terms.isEmpty();
    }

    /**
     * One criterion of the matrix.
     *
     * @param criterion    its name
     * @param weight       the weight as a percentage ({@code 30}), empty when missing
     * @param score        the score ({@code 95}), the cell as written when it holds no number
     * @param contribution weight × score / 100 ({@code 28.5}), empty when a number is missing
     * @param note         text beside the score
     * @param link         link to its line
     */
    public record Term(String criterion, String weight, String score, String contribution, String note,
                       String link) {
    }

    /**
     * A place where the document states the overall score.
     *
     * @param label    the label as written
     * @param value    the value on its scale
     * @param verdict  the verdict written beside it
     * @param line     its line
     * @param link     link to the line
     * @param mismatch whether it disagrees with the computed score
     */
    public record Statement(String label, String value, String verdict, int line, String link, boolean mismatch) {
    }
}
