package dev.gonogo.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a score-trend chart shows: stated and computed score per point, in the caller's order, with the points
 * where the verdict changed and the first point with errors.
 *
 * @param subject the system or review the trend is about
 * @param points  the points, oldest first
 */
public record TrendChartData(String subject, List<TrendPoint> points) {

    public TrendChartData {
        Objects.requireNonNull(subject, "subject");
        points = List.copyOf(points);
    }

    /** Trend data when there are at least two points and one of them has a score; a single point is no trend. */
    public static Optional<TrendChartData> of(String subject, List<TrendPoint> points) {
        if (points.size() < 2 || points.stream().noneMatch(TrendPoint::hasScore)) {
            return Optional.empty();
        }
        return Optional.of(new TrendChartData(subject, points));
    }

    /** Indexes of the points whose verdict differs from the last known verdict before them. */
    public List<Integer> verdictChanges() {
        List<Integer> changes = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < points.size(); i++) {
            String verdict = points.get(i).verdict();
            if (verdict.isEmpty()) {
                continue;
            }
            if (!previous.isEmpty() && !previous.equalsIgnoreCase(verdict)) {
                changes.add(i);
            }
            previous = verdict;
        }
        return changes;
    }

    /**
     * Indexes of the points where errors appeared (the point has errors, the one before had none, or it is the
     * first point) or were fixed (the point has none, the one before had some).
     */
    public List<Integer> errorChanges() {
        return IntStream.range(0, points.size())
                .filter(i -> hasErrors(i) != (i > 0 && hasErrors(i - 1)))
                .boxed()
                .toList();
    }

    /** Whether the point at this index has error findings. */
    public boolean hasErrors(int index) {
        return points.get(index).errors() > 0;
    }
}
