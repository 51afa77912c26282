package dev.gonogo.parse;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the recommendation ({@code **Рекомендация:** GO для Beta Launch}), the conditions attached to it (lists
 * under a conditions lead-in or heading) and the no-go criteria (lists under a no-go lead-in or heading).
 */
final class RecommendationReader {

    private final Vocabulary vocabulary;

    RecommendationReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The recommendation, or {@code null} when the document states none and has no recommendation section. */
    Recommendation read(Outline outline) {
        List<Entry> conditions = new ArrayList<>();
        List<Entry> noGo = new ArrayList<>();
        Section recommendationSection = null;
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            Section section = visit.section();
            if (recommendationSection == null && vocabulary.headingIs(HeadingKind.RECOMMENDATION, section.title())) {
                recommendationSection = section;
            }
            boolean noGoSection = visit.within(s -> vocabulary.headingIs(HeadingKind.NO_GO, s.title()));
            boolean conditionSection = visit.within(s -> vocabulary.headingIs(HeadingKind.CONDITIONS, s.title()));
            for (Entry entry : section.entries()) {
                if (isNoGo(entry, noGoSection)) {
                    noGo.add(entry);
                } else if (isCondition(entry, conditionSection)) {
                    conditions.add(entry);
                }
            }
        }
        Optional<Outline.LabeledLine> stated = statedRecommendation(outline);
        if (stated.isEmpty() && recommendationSection == null && conditions.isEmpty() && noGo.isEmpty()) {
            return null;
        }
        String text = stated.map(Outline.LabeledLine::value).orElse("");
        int line = stated.map(Outline.LabeledLine::line)
                .orElse(recommendationSection != null ? recommendationSection.line() : firstLine(conditions, noGo));
        return new Recommendation(text, line, conditions, noGo);
    }

    private boolean isNoGo(Entry entry, boolean inNoGoSection) {
        return entry.group().isEmpty() ? inNoGoSection : vocabulary.groupIs(GroupKind.NO_GO, entry.group());
    }

    private boolean isCondition(Entry entry, boolean inConditionSection) {
        return entry.group().isEmpty() ? inConditionSection : vocabulary.groupIs(GroupKind.CONDITIONS, entry.group());
    }

    /** A labelled line stating the recommendation, preferring one under a recommendation heading. */
    private Optional<Outline.LabeledLine> statedRecommendation(Outline outline) {
        List<Outline.LabeledLine> labeled = new ArrayList<>(outline.labeledLines());
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            List<String> path = new ArrayList<>(visit.section().path());
            path.add(visit.section().title());
            SectionWalk.flatten(visit.section().entries()).filter(Entry::hasLabel)
                    .forEach(e -> labeled.add(new Outline.LabeledLine(e.label(), e.value(), e.line(), path)));
        }
        labeled.sort(java.util.Comparator.comparingInt(Outline.LabeledLine::line));
        Optional<Outline.LabeledLine> inSection = labeled.stream()
                .filter(l -> vocabulary.isRecommendationLabel(l.label()) && !l.value().isBlank())
                .filter(l -> l.path().stream().anyMatch(t -> vocabulary.headingIs(HeadingKind.RECOMMENDATION, t)))
                .findFirst();
        return inSection.or(() -> labeled.stream()
                .filter(l -> vocabulary.isRecommendationLabel(l.label()) && !l.value().isBlank()).findFirst());
    }

    private static int firstLine(List<Entry> conditions, List<Entry> noGo) {
        return conditions.isEmpty() ? (noGo.isEmpty() ? 0 : noGo.get(0).line()) : conditions.get(0).line();
    }
}
