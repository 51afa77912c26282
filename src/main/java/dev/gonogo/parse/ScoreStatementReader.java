package dev.gonogo.parse;

import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places where a document states its overall score ({@code **Overall Score:** **83.5%** (Go with
 * conditions)}, {@code Итоговая оценка: ~70%}) by reading prose lines, so that the number's exact column is known.
 */
final class ScoreStatementReader {

    private static final Pattern BOX_OR_NUMBERING = Pattern.compile("\\[[ xX]\\]|^\\s*\\d+[.)]\\s");
    private static final Pattern GAP = Pattern.compile("[\\s*_]*(?:\\([^)\\n]{0,40}\\))?[\\s*_]*[:：=—–-]?");
    private static final Pattern ONLY_MARKUP = Pattern.compile("[\\s*_:：=—–\\-]*");
    private static final Pattern PARENTHESIZED = Pattern.compile("^[\\s*_%]*\\(([^)]+)\\)");
    private static final Pattern DASHED = Pattern.compile("^[\\s*_%]*[—–-]\\s*(.+)$");

    private final Vocabulary vocabulary;
    private final ScoreText scores;
    private final Pattern approx;

    ScoreStatementReader(Vocabulary vocabulary, ScoreText scores) {
        this.vocabulary = vocabulary;
        this.scores = scores;
        String markers = vocabulary.approximateMarkers().alternation();
        this.approx = Pattern.compile(markers.isEmpty() ? "(?!)" : markers,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<ScoreStatement> read(LineIndex lines, Outline outline) {
        List<ScoreStatement> found = new ArrayList<>();
        for (int line = outline.proseLines().nextSetBit(1); line > 0; line = outline.proseLines().nextSetBit(line + 1)) {
            statement(lines.line(line), line).ifPresent(found::add);
        }
        return found;
    }

    /** The statement on one line, if the line opens with a stated-score label followed by a number. */
    Optional<ScoreStatement> statement(String text, int line) {
        Optional<Phrases.Match<Boolean>> label = vocabulary.statedScoreLabels().find(text);
        if (label.isEmpty() || !onlyMarkupBefore(text.substring(0, label.get().start()))) {
            return Optional.empty();
        }
        Matcher gap = GAP.matcher(text).region(label.get().end(), text.length());
        int from = gap.lookingAt() ? gap.end() : label.get().end();
        Optional<ScoreText.Written> written = scores.find(text, from);
        if (written.isEmpty() || !onlyMarkupBetween(text.substring(from, written.get().start()))) {
            return Optional.empty();
        }
        ScoreText.Written w = written.get();
        boolean approximate = w.approximate() || approx.matcher(text.substring(from, w.start())).find();
        BigDecimal scale = w.outOf() != null ? Numbers.plain(w.outOf()) : MatrixScale.PERCENT;
        return Optional.of(new ScoreStatement(label.get().text(), w.valueText(), Numbers.plain(w.value()),
                w.decimals(), approximate, scale, verdict(text.substring(w.end())), line, w.start() + 1));
    }

    private boolean onlyMarkupBefore(String prefix) {
        String rest = withoutMarks(BOX_OR_NUMBERING.matcher(prefix).replaceAll(" "));
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private boolean onlyMarkupBetween(String between) {
        return ONLY_MARKUP.matcher(withoutMarks(approx.matcher(between).replaceAll(" "))).matches();
    }

    private String withoutMarks(String text) {
        return HeadingText.cleanTitle(text);
    }

    private static String verdict(String after) {
        Matcher parenthesized = PARENTHESIZED.matcher(after);
        if (parenthesized.find()) {
            return clean(parenthesized.group(1));
        }
        Matcher dashed = DASHED.matcher(after);
        return dashed.find() ? clean(dashed.group(1)) : "";
    }

    private static String clean(String verdict) {
        return InlineText.normalizeSpace(verdict.replaceAll("[*_`]", ""));
    }
}
