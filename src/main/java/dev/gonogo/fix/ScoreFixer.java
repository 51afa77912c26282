package dev.gonogo.fix;

import dev.gonogo.check.Finding;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.ScoreComparison;
import dev.gonogo.check.StatedScores;
import dev.gonogo.check.rules.StatedScoreMatchesMatrixRule;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.source.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans {@code --fix}: for every stated score that {@code score-mismatch} flagged, replaces exactly the bytes of
 * the number with the computed score at the author's precision. Every other byte stays — encoding, byte-order
 * mark, line endings and mojibake included. Thread-safe.
 */
public final class ScoreFixer {

    private final BigDecimal tolerance;

    /** @param tolerance the tolerance the check ran with (an approximate score is judged against it) */
    public ScoreFixer(BigDecimal tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    /**
     * Plans the fixes of one checked file.
     *
     * @param result   the check of the file (only its score-mismatch findings matter)
     * @param document the decoded text the review was parsed from
     * @param bytes    the file's bytes as read
     * @throws FixException when a number cannot be found where the model says it stands
     */
    public FixPlan plan(ReviewResult result, SourceDocument document, byte[] bytes) {
        Review review = result.review();
        String text = document.text();
        ByteLocator locator = new ByteLocator(document.info(), bytes, text);
        List<Edit> edits = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (finding.rule().equals(StatedScoreMatchesMatrixRule.ID)) {
                statementAt(review, finding).flatMap(s -> StatedScores.weighted(review, s, tolerance))
                        .filter(comparison -> !comparison.agrees())
                        .map(comparison -> edit(review.source().path(), text, locator, bytes, comparison))
                        .ifPresent(edits::add);
            }
        }
        edits.sort(Comparator.comparingInt(Edit::byteOffset));
        return new FixPlan(review.source().path(), edits, bytes, apply(bytes, edits, locator),
                text, applyToText(text, edits));
    }

    private static Optional<ScoreStatement> statementAt(Review review, Finding finding) {
        return StatedScores.all(review).stream()
                .filter(s -> s.line() == finding.location().line() && s.column() == finding.location().column())
                .findFirst();
    }

    private static Edit edit(String path, String text, ByteLocator locator, byte[] bytes,
                             ScoreComparison comparison) {
        ScoreStatement statement = comparison.statement();
        String old = statement.valueText();
        int charIndex = TextPositions.find(text, statement.line(), statement.column(), old)
                .orElseThrow(() -> new FixException(path + ":" + statement.line() + ": cannot find the stated score "
                        + old + " at column " + statement.column() + "; the file was not changed"));
        int offset = locator.offsetOf(charIndex).orElseThrow(() -> new FixException(path + ":" + statement.line()
                + ": cannot locate the bytes of " + old + "; the file was not changed"));
        byte[] expected = locator.encode(old);
        if (offset + expected.length > bytes.length
                || !Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length)) {
            throw new FixException(path + ":" + statement.line() + ": the bytes at column " + statement.column()
                    + " are not " + old + "; the file was not changed");
        }
        return new Edit(statement.line(), statement.column(), old, comparison.replacementText(), charIndex, offset,
                expected.length);
    }

    private static byte[] apply(byte[] bytes, List<Edit> edits, ByteLocator locator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        int position = 0;
        for (Edit edit : edits) {
            out.write(bytes, position, edit.byteOffset() - position);
            out.writeBytes(locator.encode(edit.newText()));
            position = edit.byteOffset() + edit.byteLength();
        }
        out.write(bytes, position, bytes.length - position);
        return out.toByteArray();
    }

    private static String applyToText(String text, List<Edit> edits) {
        StringBuilder fixed = new StringBuilder(text);
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit edit = edits.get(i);
            fixed.replace(edit.charIndex(), edit.charIndex() + edit.oldText().length(), edit.newText());
        }
        return fixed.toString();
    }
}
