package dev.gonogo.parse;

import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.Section;
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
    /** After the label: a few qualifying words before a colon, a parenthesis, then the separator. */
    private static final Pattern GAP = Pattern.compile("[\\s*_]*(?:[\\p{L}\\p{N} /&-]{1,40}?[\\s*_]*(?=[:：]))?"
            + "(?:\\([^)\\n]{0,40}\\))?[\\s*_]*[:：=—–-]?");
    /** A range such as 85-90%: no single number is stated. */
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[-–—]\\s*\\d");
    /** Markup between a label and its number, optionally with a verdict word opening a parenthesis. */
    private static final Pattern BETWEEN = Pattern.compile(
            "[\\s*_:：=—–\\-]*(?:(?<word>\\p{L}[\\p{L} \\-]{0,29}?)\\s*\\(\\s*)?[\\s*_]*");
    private static final Pattern COLON_AFTER = Pattern.compile("[\\s*_]*[:：=]");
    // a character class, not a repeated group: Java recurses once per repetition of a group, and a line of
    // thousands of "> " overflowed the stack
    private static final Pattern LIST_ITEM = Pattern.compile("^[\\s>]*+(?:[-*+]|\\d{1,9}[.)])\\s");
    private static final Pattern PARENTHESIZED = Pattern.compile("^[\\s*_%]*\\(([^)]+)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]");
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
        List<SectionWalk.Visit> sections = SectionWalk.all(outline.sections());
        // Decided once per section, not once per line: the test reads every enclosing title against four lists.
        boolean[] overall = new boolean[sections.size()];
        for (int i = 0; i < overall.length; i++) {
            overall[i] = sections.get(i).within(this::speaksOfTheWhole);
        }
        for (int line = outline.proseLines().nextSetBit(1); line > 0; line = outline.proseLines().nextSetBit(line + 1)) {
            statement(lines.line(line), line, overallContext(sections, overall, line)).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Whether a bare "Score:" on this line would state the overall score: in the document header, or in a section
     * whose title (or an enclosing one) speaks of the whole ("Overall Status", "Итог", "Summary" …).
     */
    private static boolean overallContext(List<SectionWalk.Visit> sections, boolean[] overall, int line) {
        int innermost = -1;
        for (int i = 0; i < overall.length; i++) {
            Section section = sections.get(i).section();
            if (section.line() <= line && line <= section.endLine()) {
                innermost = i;
            }
        }
        return innermost < 0 || overall[innermost];
    }

    private boolean speaksOfTheWhole(Section section) {
        String title = section.title();
        return vocabulary.isTotalRow(title) || vocabulary.statedScoreLabels().foundIn(title)
                || vocabulary.headingIs(HeadingKind.RECOMMENDATION, title)
                || vocabulary.headingIs(HeadingKind.SUMMARY, title);
    }

    /** The statement on one line, if the line opens with a stated-score label followed by a number. */
    Optional<ScoreStatement> statement(String text, int line, boolean overallContext) {
        Optional<Phrases.Match<Boolean>> label = leadingLabel(vocabulary.statedScoreLabels(), text);
        if (label.isEmpty() && overallContext && !LIST_ITEM.matcher(text).find()) {
            // A bare "Score" states the overall result only as "Score: …" in a paragraph or heading of its own.
            label = leadingLabel(vocabulary.paragraphScoreLabels(), text)
                    .filter(m -> COLON_AFTER.matcher(text).region(m.end(), text.length()).lookingAt());
        }
        if (label.isEmpty()) {
            return Optional.empty();
        }
        Matcher gap = GAP.matcher(text).region(label.get().end(), text.length());
        int from = gap.lookingAt() ? gap.end() : label.get().end();
        Optional<ScoreText.Written> written = scores.find(text, from);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Matcher between = BETWEEN.matcher(withoutMarks(approx.matcher(text.substring(from, written.get().start()))
                .replaceAll(" ")));
        if (!between.matches()) {
            return Optional.empty();
        }
        ScoreText.Written w = written.get();
        if (RANGE_AFTER.matcher(text.substring(w.end())).find()) {
            return Optional.empty();
        }
        String verdict = verdict(text.substring(w.end()));
        if (verdict.isEmpty() && between.group("word") != null) {
            verdict = between.group("word").strip();
        }
        boolean approximate = w.approximate() || approx.matcher(text.substring(from, w.start())).find();
        BigDecimal scale = w.outOf() != null ? Numbers.plain(w.outOf()) : MatrixScale.PERCENT;
        return Optional.of(new ScoreStatement(label.get().text(), w.valueText(), Numbers.plain(w.value()),
                w.decimals(), approximate, scale, verdict, line, w.start() + 1));
    }

    /** The first label of the list that opens the line (only markup, marks and boxes before it). */
    private Optional<Phrases.Match<Boolean>> leadingLabel(Phrases<Boolean> labels, String text) {
        return labels.find(text).filter(m -> onlyMarkupBefore(text.substring(0, m.start())));
    }

    private boolean onlyMarkupBefore(String prefix) {
        String rest = withoutMarks(BOX_OR_NUMBERING.matcher(prefix).replaceAll(" "));
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
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
        return InlineText.normalizeSpace(EMPHASIS.matcher(verdict).replaceAll(""));
    }
}
