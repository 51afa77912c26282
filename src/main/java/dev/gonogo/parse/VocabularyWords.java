package dev.gonogo.parse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gonogo.model.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of a {@link Vocabulary} as data: the shape of {@code vocabulary.yml}, and of the extra words a
 * user adds through configuration. Every list may be absent (it is then empty); {@link #plus} appends lists.
 *
 * @param statusMarks          symbols that carry a state (✅ ⏳ ⚠️ ❌ …), found anywhere in an element
 * @param boxes                the state of a ticked ({@code checked}) and an unticked ({@code unchecked}) task box
 * @param statusWords          words that carry a state (PASS, Готово …) at the start of a value or in a table cell
 * @param headings             heading synonyms by kind of section
 * @param groups               lead-in paragraph synonyms by kind of list
 * @param matrixColumns        table header synonyms by kind of column
 * @param totalRowWords        first cells of a table's total row
 * @param statedScoreLabels    labels that state the overall score
 * @param paragraphScoreLabels bare labels ({@code Score}) that state the overall score in a paragraph of their own
 * @param recommendationLabels labels that state the recommendation
 * @param fieldLabels          header field labels by meaning
 * @param approximateMarkers   words and signs that make a number approximate
 * @param targetMarkers        words that introduce a target ({@code target:})
 * @param riskLevels           risk level words by level
 * @param months               month names by month number
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record VocabularyWords(Map<State, List<String>> statusMarks,
                              Map<Box, State> boxes,
                              Map<State, List<String>> statusWords,
                              Map<HeadingKind, List<String>> headings,
                              Map<GroupKind, List<String>> groups,
                              Map<ColumnKind, List<String>> matrixColumns,
                              List<String> totalRowWords,
                              List<String> statedScoreLabels,
                              List<String> paragraphScoreLabels,
                              List<String> recommendationLabels,
                              Map<FieldKind, List<String>> fieldLabels,
                              List<String> approximateMarkers,
                              List<String> targetMarkers,
                              Map<String, List<String>> riskLevels,
                              Map<Integer, List<String>> months) {

    /** The two kinds of task-list box. */
    public enum Box {
        @JsonProperty("checked") CHECKED,
        @JsonProperty("unchecked") UNCHECKED
    }

    public VocabularyWords {
        statusMarks = copy(statusMarks);
        boxes = boxes == null ? Map.of() : Map.copyOf(boxes);
        statusWords = copy(statusWords);
        headings = copy(headings);
        groups = copy(groups);
        matrixColumns = copy(matrixColumns);
        totalRowWords = copy(totalRowWords);
        statedScoreLabels = copy(statedScoreLabels);
        paragraphScoreLabels = copy(paragraphScoreLabels);
        recommendationLabels = copy(recommendationLabels);
        fieldLabels = copy(fieldLabels);
        approximateMarkers = copy(approximateMarkers);
        targetMarkers = copy(targetMarkers);
        riskLevels = copy(riskLevels);
        months = copy(months);
    }

    /** No words at all; the neutral element of {@link #plus}. */
    public static VocabularyWords empty() {
        return new VocabularyWords(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** These words followed by {@code extra}'s; a box state in {@code extra} replaces this one's. */
    public VocabularyWords plus(VocabularyWords extra) {
        Map<Box, State> mergedBoxes = new LinkedHashMap<>(boxes);
        mergedBoxes.putAll(extra.boxes);
        return new VocabularyWords(merge(statusMarks, extra.statusMarks), mergedBoxes,
                merge(statusWords, extra.statusWords), merge(headings, extra.headings), merge(groups, extra.groups),
                merge(matrixColumns, extra.matrixColumns), concat(totalRowWords, extra.totalRowWords),
                concat(statedScoreLabels, extra.statedScoreLabels),
                concat(paragraphScoreLabels, extra.paragraphScoreLabels),
                concat(recommendationLabels, extra.recommendationLabels), merge(fieldLabels, extra.fieldLabels),
                concat(approximateMarkers, extra.approximateMarkers), concat(targetMarkers, extra.targetMarkers),
                merge(riskLevels, extra.riskLevels), merge(months, extra.months));
    }

    private static List<String> copy(List<String> words) {
        return words == null ? List.of() : words.stream().filter(w -> w != null && !w.isBlank()).toList();
    }

    private static <K> Map<K, List<String>> copy(Map<K, List<String>> map) {
        if (map == null) {
            return Map.of();
        }
        Map<K, List<String>> copy = new LinkedHashMap<>();
        map.forEach((key, words) -> copy.put(key, copy(words)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static <K> Map<K, List<String>> merge(Map<K, List<String>> first, Map<K, List<String>> second) {
        Map<K, List<String>> merged = new LinkedHashMap<>(first);
        second.forEach((key, words) -> merged.merge(key, words, VocabularyWords::concat));
        return merged;
    }
}
