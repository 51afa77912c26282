package dev.gonogo.parse;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects label/value bullets under a heading that names metrics (or below one): {@code - **MTTR:** <3min ✅
 * (target: <3min)} gives the value {@code <3min}, its quantity, the target and the status mark.
 */
final class MetricCollector {

    private final Vocabulary vocabulary;
    private final QuantityReader quantities;
    private final MetricTableReader tables;
    private final Pattern target;

    MetricCollector(Vocabulary vocabulary, QuantityReader quantities) {
        this.vocabulary = vocabulary;
        this.quantities = quantities;
        this.tables = new MetricTableReader(vocabulary, quantities);
        String markers = vocabulary.targetMarkers().alternation();
        this.target = Pattern.compile(markers.isEmpty() ? "(?!)"
                : "[(\\[]?\\s*(?:" + markers + ")\\s*[:=]?\\s*(?<target>[^)\\]]*?)\\s*(?:[)\\]]|$)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Metric bullets under metric headings and rows of metric tables, in document order. */
    List<Metric> collect(Outline outline) {
        List<Metric> metrics = new ArrayList<>();
        outline.tables().forEach(table -> metrics.addAll(tables.read(table)));
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            if (visit.within(s -> vocabulary.headingIs(HeadingKind.METRICS, s.title()))) {
                String group = visit.section().title();
                SectionWalk.flatten(visit.section().entries()).filter(e -> e.checked() == null)
                        .forEach(entry -> metric(entry, group).ifPresent(metrics::add));
            }
        }
        metrics.sort(Comparator.comparingInt(Metric::line));
        return metrics;
    }

    private Optional<Metric> metric(Entry entry, String group) {
        String label = entry.label();
        String value = entry.value();
        if (!entry.hasLabel()) {
            InlineText.Labeled plain = InlineText.plainLabeled(entry.text());
            if (!plain.hasLabel()) {
                return Optional.empty();
            }
            label = plain.label();
            value = plain.value();
        }
        String targetText = null;
        Matcher m = target.matcher(value);
        if (m.find() && !m.group("target").isBlank()) {
            targetText = m.group("target").strip();
            value = value.substring(0, m.start()) + value.substring(m.end());
        }
        String cleanValue = vocabulary.withoutMarks(value);
        if (cleanValue.isEmpty() && entry.children().size() > 0) {
            return Optional.empty();
        }
        Quantity quantity = quantities.read(cleanValue).orElse(null);
        Quantity targetQuantity = targetText == null ? null : quantities.read(targetText).orElse(null);
        return Optional.of(new Metric(label, cleanValue, quantity, targetText, targetQuantity,
                entry.status(), group, entry.line()));
    }
}
