package dev.gonogo.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws stated and computed score over versions (or commits): the computed score as a solid blue line with round
 * points, the stated one as a dashed orange line with square points; a purple line marks each verdict change and
 * a red one where errors appeared or were fixed, each labelled.
 */
public final class TrendChartRenderer {

    /** Which trend: across a system's versions ({@code trend}) or across one review's commits ({@code history}). */
    public enum Kind {
        TREND("trend"), HISTORY("history");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    static final int STATED = 0;
    static final int COMPUTED = 1;

    private static final int HEIGHT = 320;
    private static final int POINT_WIDTH = 56;

    private final ChartText text;

    public TrendChartRenderer(Locale language) {
        this(new ChartText(language));
    }

    TrendChartRenderer(ChartText text) {
        this.text = text;
    }

    public RenderedChart render(Kind kind, TrendChartData data) {
        String title = text.get(kind.id() + ".title", data.subject());
        String description = description(data);
        int width = Math.max(640, Math.min(1280, 160 + POINT_WIDTH * data.points().size()));
        return new RenderedChart(kind.id(), title, description, columns(kind), rows(data),
                SvgExporter.export(chart(data), width, HEIGHT, kind.id(), title, description));
    }

    String description(TrendChartData data) {
        String points = data.points().stream()
                .map(p -> text.get("trend.desc.point", p.label(), Decimals.format(p.stated()),
                        Decimals.format(p.computed())))
                .collect(Collectors.joining("; "));
        StringBuilder description = new StringBuilder(
                text.get("trend.desc", data.subject(), data.points().size(), points));
        List<Integer> verdicts = data.verdictChanges();
        if (!verdicts.isEmpty()) {
            description.append(text.get("trend.desc.verdicts", verdicts.stream()
                    .map(i -> data.points().get(i).label() + " (" + data.points().get(i).verdict() + ")")
                    .collect(Collectors.joining(", "))));
        }
        List<Integer> errors = data.errorChanges();
        appendErrors(description, data, errors.stream().filter(data::hasErrors).toList(), "trend.desc.errorsAppeared");
        appendErrors(description, data, errors.stream().filter(i -> !data.hasErrors(i)).toList(),
                "trend.desc.errorsFixed");
        return description.toString();
    }

    List<String> columns(Kind kind) {
        return List.of(text.get(kind.id() + ".column.point"), text.get("trend.column.stated"),
                text.get("trend.column.computed"), text.get("trend.column.verdict"), text.get("trend.column.errors"));
    }

    List<List<String>> rows(TrendChartData data) {
        List<List<String>> rows = new ArrayList<>();
        for (TrendPoint p : data.points()) {
            rows.add(List.of(p.label(), Decimals.format(p.stated()), Decimals.format(p.computed()),
                    p.verdict().isEmpty() ? "—" : p.verdict(), String.valueOf(p.errors())));
        }
        return rows;
    }

    private void appendErrors(StringBuilder description, TrendChartData data, List<Integer> indexes, String key) {
        if (!indexes.isEmpty()) {
            description.append(text.get(key, indexes.stream().map(i -> data.points().get(i).label())
                    .collect(Collectors.joining(", "))));
        }
    }

    private JFreeChart chart(TrendChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<CategoryKey> keys = new ArrayList<>();
        for (int i = 0; i < data.points().size(); i++) {
            TrendPoint point = data.points().get(i);
            CategoryKey key = new CategoryKey(i, point.label());
            keys.add(key);
            dataset.addValue(point.stated(), "stated", key);
            dataset.addValue(point.computed(), "computed", key);
        }
        CategoryPlot plot = new CategoryPlot(dataset, ChartTheme.categoryAxis(1.0f), valueAxis(data), renderer());
        ChartTheme.style(plot);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        for (int i : data.verdictChanges()) {
            plot.addDomainMarker(marker(keys.get(i), ChartTheme.MAGENTA,
                    text.get("trend.marker.verdict", data.points().get(i).verdict()), true), Layer.BACKGROUND);
        }
        for (int i : data.errorChanges()) {
            plot.addDomainMarker(marker(keys.get(i), ChartTheme.RED,
                    text.get(data.hasErrors(i) ? "trend.marker.errors" : "trend.marker.fixed"), false),
                    Layer.BACKGROUND);
        }
        return ChartTheme.chart(plot, true);
    }

    /** Percent ticks ({@code 80%}) instead of a rotated axis label; the range hugs the data but keeps 100. */
    private static NumberAxis valueAxis(TrendChartData data) {
        NumberAxis axis = ChartTheme.valueAxis(null, false);
        axis.setNumberFormatOverride(new DecimalFormat("0.##'%'", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        List<BigDecimal> scores = data.points().stream()
                .flatMap(p -> Stream.of(p.stated(), p.computed()))
                .filter(Objects::nonNull)
                .toList();
        double min = scores.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = scores.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(100);
        axis.setRange(Math.max(0, Math.floor((min - 5) / 10) * 10), Math.max(100, Math.ceil(max / 10) * 10));
        return axis;
    }

    private LineAndShapeRenderer renderer() {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(STATED, ChartTheme.ORANGE);
        renderer.setSeriesStroke(STATED, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesShape(STATED, new Rectangle2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(COMPUTED, ChartTheme.BLUE);
        renderer.setSeriesStroke(COMPUTED, new BasicStroke(2.5f));
        renderer.setSeriesShape(COMPUTED, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        renderer.setLegendItemLabelGenerator((dataset, series) -> text.get(
                series == STATED ? "trend.series.stated" : "trend.series.computed"));
        return renderer;
    }

    private static CategoryMarker marker(CategoryKey key, Color colour, String label, boolean verdict) {
        CategoryMarker marker = ChartTheme.label(new CategoryMarker(key, colour,
                verdict ? ChartTheme.MARKER_STROKE : ChartTheme.DOTTED_STROKE), label);
        marker.setDrawAsLine(true);
        // Verdict labels at the top, error labels at the bottom: both can mark the same point.
        marker.setLabelAnchor(verdict ? RectangleAnchor.TOP : RectangleAnchor.BOTTOM);
        marker.setLabelTextAnchor(verdict ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        return marker;
    }
}
