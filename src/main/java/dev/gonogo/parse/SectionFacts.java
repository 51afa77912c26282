package dev.gonogo.parse;

import dev.gonogo.model.ActionItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Risk;
import dev.gonogo.model.Section;
import dev.gonogo.model.Status;
import dev.gonogo.model.TestCase;
import dev.gonogo.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the lists of the kinds of section a review has — tests, timeline, risks, action items, notes — into
 * their records, so that checks and the site never re-read Markdown.
 */
final class SectionFacts {

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d[\\d.]*+[)]?|[IVX]+\\.|#\\d+)\\s+");

    private final Vocabulary vocabulary;
    private final DateReader dates;

    SectionFacts(Vocabulary vocabulary, DateReader dates) {
        this.vocabulary = vocabulary;
        this.dates = dates;
    }

    /** Each subsection of a tests section is a test: numbering and mark removed from its name. */
    List<TestCase> tests(Outline outline) {
        List<TestCase> tests = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            if (!vocabulary.headingIs(HeadingKind.TESTS, visit.section().title())) {
                continue;
            }
            for (Section test : visit.section().children()) {
                if (seen.add(test.line())) {
                    tests.add(new TestCase(NUMBERING.matcher(test.title()).replaceFirst(""), testStatus(test),
                            test.line(), test.entries()));
                }
            }
        }
        tests.sort(java.util.Comparator.comparingInt(TestCase::line));
        return tests;
    }

    private Status testStatus(Section test) {
        if (test.status().isPresent()) {
            return test.status();
        }
        return test.entries().stream().filter(e -> vocabulary.fieldIs(FieldKind.STATUS, e.label()))
                .map(Entry::status).filter(Status::isPresent).findFirst().orElse(Status.NONE);
    }

    /** Items under a timeline section: dated by the heading they stand under, or by a date in the item. */
    List<TimelineEntry> timeline(Outline outline, Integer documentYear) {
        List<TimelineEntry> timeline = new ArrayList<>();
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            if (!visit.within(s -> vocabulary.headingIs(HeadingKind.TIMELINE, s.title()))) {
                continue;
            }
            Integer year = yearOf(visit, documentYear);
            Optional<DateReader.WrittenDate> headingDate = dates.find(visit.section().title(), year);
            for (Entry entry : visit.section().entries()) {
                Optional<DateReader.WrittenDate> date = headingDate.or(() -> dates.find(entry.text(), year));
                timeline.add(new TimelineEntry(date.map(DateReader.WrittenDate::text).orElse(""),
                        date.map(DateReader.WrittenDate::date).orElse(null), withoutLeadingMark(entry.text()),
                        entry.status(), entry.line()));
            }
        }
        return timeline;
    }

    /** The year of the nearest heading above (or at) the visit that writes one, else the document's. */
    private Integer yearOf(SectionWalk.Visit visit, Integer documentYear) {
        List<Section> chain = new ArrayList<>(visit.ancestors());
        chain.add(visit.section());
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<DateReader.WrittenDate> written = dates.find(chain.get(i).title(), null);
            if (written.isPresent() && written.get().date() != null) {
                return written.get().date().getYear();
            }
        }
        return documentYear;
    }

    /** Items under a risk section, graded by the level in their heading or in the item itself. */
    List<Risk> risks(Outline outline) {
        List<Risk> risks = new ArrayList<>();
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            if (!visit.within(s -> vocabulary.headingIs(HeadingKind.RISKS, s.title()))) {
                continue;
            }
            Optional<String> headingLevel = vocabulary.riskLevel(visit.section().title());
            for (Entry entry : visit.section().entries()) {
                String level = headingLevel.or(() -> vocabulary.riskLevel(entry.hasLabel() ? entry.label()
                        : entry.text())).orElse("");
                risks.add(new Risk(level, entry.label(), entry.value(), entry.line()));
            }
        }
        return risks;
    }

    /** Items under an action-item section, grouped by the subsection they stand in. */
    List<ActionItem> actionItems(Outline outline, Integer documentYear) {
        List<ActionItem> items = new ArrayList<>();
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            if (!visit.within(s -> vocabulary.headingIs(HeadingKind.ACTION_ITEMS, s.title()))) {
                continue;
            }
            Integer year = yearOf(visit, documentYear);
            String group = visit.section().title();
            for (Entry entry : visit.section().entries()) {
                LocalDate due = dates.firstDate(entry.text(), year);
                items.add(new ActionItem(withoutLeadingMark(entry.text()), entry.status(), group, due, entry.line()));
            }
        }
        return items;
    }

    /** Items under a notes section. */
    List<Entry> notes(Outline outline) {
        List<Entry> notes = new ArrayList<>();
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            if (visit.within(s -> vocabulary.headingIs(HeadingKind.NOTES, s.title()))) {
                notes.addAll(visit.section().entries());
            }
        }
        return notes;
    }

    /** "✅ Завершить stability test" is the action "Завершить stability test"; its mark is its status. */
    private String withoutLeadingMark(String text) {
        Optional<Phrases.Match<dev.gonogo.model.State>> mark = vocabulary.firstMark(text);
        if (mark.isPresent() && text.substring(0, mark.get().start()).isBlank()) {
            return text.substring(mark.get().end()).strip();
        }
        return text;
    }
}
