package dev.gonogo.chart;

import java.util.Comparator;

/**
 * A category of a chart's dataset: its position and the label the axis shows. The position keeps keys unique when
 * two criteria or groups carry the same name (JFreeChart keys categories by equality).
 */
record CategoryKey(int index, String label) implements Comparable<CategoryKey> {

    private static final Comparator<CategoryKey> ORDER = Comparator.comparingInt(CategoryKey::index)
            .thenComparing(CategoryKey::label);

    @Override
    public int compareTo(CategoryKey other) {
        return ORDER.compare(this, other);
    }

    /** JFreeChart draws a category's {@code toString()} as its axis label. */
    @Override
    public String toString() {
        return label;
    }
}
