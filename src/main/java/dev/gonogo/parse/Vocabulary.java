package dev.gonogo.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words gonogo recognises (headings, labels, status marks and words, in English, Russian and more), loaded
 * from {@code vocabulary.yml} and extensible with a user's own words. Immutable and thread-safe.
 */
public final class Vocabulary {

    private static final String RESOURCE = "vocabulary.yml";

    private final VocabularyWords words;
    private final Phrases<State> marks;
    private final Phrases<State> statusWords;
    private final Map<HeadingKind, Phrases<Boolean>> headings = new EnumMap<>(HeadingKind.class);
    private final Map<GroupKind, Phrases<Boolean>> groups = new EnumMap<>(GroupKind.class);
    private final Map<FieldKind, Phrases<Boolean>> fields = new EnumMap<>(FieldKind.class);
    private final Map<ColumnKind, Phrases<Boolean>> columns = new EnumMap<>(ColumnKind.class);
    private final Phrases<Boolean> totalRows;
    private final Phrases<Boolean> statedScoreLabels;
    private final Phrases<Boolean> paragraphScoreLabels;
    private final Phrases<Boolean> recommendationLabels;
    private final Phrases<Boolean> approximateMarkers;
    private final Phrases<Boolean> targetMarkers;
    private final Phrases<String> riskLevels;
    private final Phrases<Integer> months;

    private Vocabulary(VocabularyWords words) {
        this.words = words;
        this.marks = Phrases.of(words.statusMarks());
        this.statusWords = Phrases.of(words.statusWords());
        words.headings().forEach((kind, list) -> headings.put(kind, Phrases.of(list)));
        words.groups().forEach((kind, list) -> groups.put(kind, Phrases.of(list)));
        words.fieldLabels().forEach((kind, list) -> fields.put(kind, Phrases.of(list)));
        words.matrixColumns().forEach((kind, list) -> columns.put(kind, Phrases.of(list)));
        this.totalRows = Phrases.of(words.totalRowWords());
        this.statedScoreLabels = Phrases.of(words.statedScoreLabels());
        this.paragraphScoreLabels = Phrases.of(words.paragraphScoreLabels());
        this.recommendationLabels = Phrases.of(words.recommendationLabels());
        this.approximateMarkers = Phrases.of(words.approximateMarkers());
        this.targetMarkers = Phrases.of(words.targetMarkers());
        this.riskLevels = Phrases.of(words.riskLevels());
        this.months = Phrases.of(words.months());
    }

    /** The built-in vocabulary. */
    public static Vocabulary defaults() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return of(readWords(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in " + RESOURCE, e);
        }
    }

    /** A vocabulary of exactly these words. */
    public static Vocabulary of(VocabularyWords words) {
        return new Vocabulary(words);
    }

    /** Reads word lists in the shape of {@code vocabulary.yml} (for example a configuration's extra words). */
    public static VocabularyWords readWords(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        VocabularyWords read = mapper.readValue(yaml, VocabularyWords.class);
        return read == null ? VocabularyWords.empty() : read;
    }

    /** This vocabulary with {@code extra} words added to its lists. */
    public Vocabulary withExtra(VocabularyWords extra) {
        return new Vocabulary(words.plus(extra));
    }

    /** The word lists this vocabulary was built from. */
    public VocabularyWords words() {
        return words;
    }

    /**
     * The status an element's text carries: its first status mark, unless the text starts with a status word
     * (after leading emphasis), in which case that word. {@link Status#NONE} when there is neither.
     */
    public Status statusIn(String text) {
        Optional<Phrases.Match<State>> word = statusWords.at(text, leadingMarkup(text));
        if (word.isPresent()) {
            return Status.of(word.get().text(), word.get().meaning());
        }
        return firstMark(text).map(m -> Status.of(m.text(), m.meaning())).orElse(Status.NONE);
    }

    /** The first status mark (emoji or shortcode) in the text, if any. */
    Optional<Phrases.Match<State>> firstMark(String text) {
        return marks.find(text);
    }

    /** The text with every status mark removed, white space collapsed ("<3min ✅" gives "<3min"). */
    String withoutMarks(String text) {
        StringBuilder rest = new StringBuilder();
        int from = 0;
        Optional<Phrases.Match<State>> mark = marks.find(text);
        while (mark.isPresent()) {
            rest.append(text, from, mark.get().start()).append(' ');
            from = mark.get().end();
            mark = marks.find(text, from);
        }
        rest.append(text.substring(from));
        return InlineText.normalizeSpace(rest.toString());
    }

    /** The status of a task-list box that carries no other mark. */
    public Status boxStatus(boolean checked) {
        VocabularyWords.Box box = checked ? VocabularyWords.Box.CHECKED : VocabularyWords.Box.UNCHECKED;
        State state = words.boxes().getOrDefault(box, checked ? State.DONE : State.NONE);
        return new Status(checked ? "[x]" : "[ ]", state);
    }

    public boolean headingIs(HeadingKind kind, String title) {
        Phrases<Boolean> phrases = headings.get(kind);
        return phrases != null && phrases.foundIn(kind == HeadingKind.NO_GO ? withoutGoNoGo(title) : title);
    }

    public boolean groupIs(GroupKind kind, String leadIn) {
        Phrases<Boolean> phrases = groups.get(kind);
        return phrases != null && phrases.foundIn(kind == GroupKind.NO_GO ? withoutGoNoGo(leadIn) : leadIn);
    }

    /** "Go/No-Go Criteria" names the decision as a whole: it is not a no-go heading. */
    private String withoutGoNoGo(String text) {
        Phrases<Boolean> goNoGo = headings.get(HeadingKind.GO_NO_GO);
        String rest = text;
        Optional<Phrases.Match<Boolean>> match = goNoGo == null ? Optional.empty() : goNoGo.find(rest);
        while (match.isPresent()) {
            rest = rest.substring(0, match.get().start()) + " " + rest.substring(match.get().end());
            match = goNoGo.find(rest);
        }
        return rest;
    }

    /** Whether a label names this kind of header field; the label must be the phrase itself. */
    public boolean fieldIs(FieldKind kind, String label) {
        Phrases<Boolean> phrases = fields.get(kind);
        return phrases != null && phrases.isWhole(label);
    }

    /** What a table header names (the first kind in declaration order), {@link ColumnKind#OTHER} when unknown. */
    public ColumnKind columnKind(String header) {
        for (ColumnKind kind : ColumnKind.values()) {
            Phrases<Boolean> phrases = columns.get(kind);
            if (phrases != null && phrases.foundIn(header)) {
                return kind;
            }
        }
        return ColumnKind.OTHER;
    }

    /** Whether a table cell (emphasis removed) opens a total row. */
    public boolean isTotalRow(String firstCell) {
        return totalRows.at(firstCell, leadingMarkup(firstCell)).isPresent();
    }

    Phrases<Boolean> statedScoreLabels() {
        return statedScoreLabels;
    }

    Phrases<Boolean> paragraphScoreLabels() {
        return paragraphScoreLabels;
    }

    public boolean isRecommendationLabel(String label) {
        return recommendationLabels.isWhole(label);
    }

    Phrases<Boolean> approximateMarkers() {
        return approximateMarkers;
    }

    Phrases<Boolean> targetMarkers() {
        return targetMarkers;
    }

    /** The risk level written in the text ({@code High}, {@code Высокий}), if any. */
    public Optional<String> riskLevel(String text) {
        return riskLevels.find(text).map(Phrases.Match::text);
    }

    Phrases<Integer> months() {
        return months;
    }

    /** Index of the first character after leading whitespace and emphasis markers. */
    private static int leadingMarkup(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "*_`".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}
