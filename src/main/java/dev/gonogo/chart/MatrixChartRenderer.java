package dev.gonogo.chart;

import dev.gonogo.chart.ItemLabels.Cell;
import dev.gonogo.chart.MatrixChartData.Criterion;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the decision matrix as a waterfall: each criterion's bar starts where the previous one ended, so the bars
 * build the computed score step by step; a filled segment is what the criterion earned (weight × score), the
 * outlined segment after it what its weight allowed beyond that. The last bar is the computed total, and a dashed
 * line marks the stated score.
 */
public final class MatrixChartRenderer {

    static final String ID = "matrix";
    static final int OFFSET = 0;
    static final int EARNED = 1;
    static final int NOT_EARNED = 2;

    private static final int WIDTH = 640;
    private static final int ROW_HEIGHT = 34;
    private static final int FRAME_HEIGHT = 100;

    private final ChartText text;

    public MatrixChartRenderer(Locale language) {
        this(new ChartText(language));
    }

    MatrixChartRenderer(ChartText text) {
        this.text = text;
    }

    public RenderedChart render(MatrixChartData data) {
        String title = text.get(data.weighted() ? "matrix.title" : "matrix.title.unweighted");
        String description = description(data);
        int height = FRAME_HEIGHT + ROW_HEIGHT * (data.criteria().size() + 1);
        return new RenderedChart(ID, title, description, columns(data), rows(data),
                SvgExporter.export(chart(data), WIDTH, height, ID, title, description));
    }

    String description(MatrixChartData data) {
        String criteria = data.criteria().stream().map(c -> describe(data.weighted(), c)).collect(Collectors.joining("; "));
        String scale = Decimals.format(data.scale());
        String computed = data.computed() == null
                ? text.get("matrix.desc.noComputed", criteria, names(data.incomplete()))
                : text.get(data.weighted() ? "matrix.desc.computed" : "matrix.desc.average",
                        Decimals.format(data.computed()), scale, data.criteria().size(), criteria);
        return computed + " " + describeStated(data);
    }

    List<String> columns(MatrixChartData data) {
        return List.of(text.get("matrix.column.criterion"), text.get("matrix.column.weight"),
                text.get("matrix.column.score", Decimals.format(data.scale())), text.get("matrix.column.contribution"));
    }

    List<List<String>> rows(MatrixChartData data) {
        List<List<String>> rows = new ArrayList<>();
        for (Criterion c : data.criteria()) {
            rows.add(List.of(c.name(), Decimals.format(c.weight()), Decimals.format(c.score()),
                    Decimals.format(c.contribution())));
        }
        rows.add(List.of(text.get("matrix.row.computed"), Decimals.format(weightTotal(data)), "",
                Decimals.format(data.computed())));
        if (data.stated() != null) {
            rows.add(List.of(text.get("matrix.row.stated"), "", "", Decimals.format(data.stated())));
        }
        return rows;
    }

    private String describe(boolean weighted, Criterion c) {
        return weighted
                ? text.get("matrix.desc.criterion", c.name(), Decimals.format(c.contribution()),
                        Decimals.format(c.weight()), Decimals.format(c.score()))
                : text.get("matrix.desc.criterion.unweighted", c.name(), Decimals.format(c.contribution()),
                        Decimals.format(c.score()));
    }

    private String describeStated(MatrixChartData data) {
        if (data.stated() == null) {
            return text.get("matrix.desc.noStated");
        }
        String stated = Decimals.format(data.stated())
                + (data.verdict().isEmpty() ? "" : " (" + data.verdict() + ")");
        BigDecimal difference = data.difference();
        if (difference == null) {
            return text.get("matrix.desc.stated", stated);
        }
        String key = switch (difference.signum()) {
            case -1 -> "matrix.desc.stated.below";
            case 1 -> "matrix.desc.stated.above";
            default -> "matrix.desc.stated.equal";
        };
        return text.get(key, stated, Decimals.format(difference.abs()));
    }

    private static String names(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::name).collect(Collectors.joining(", "));
    }

    private static BigDecimal weightTotal(MatrixChartData data) {
        if (!data.weighted() || data.criteria().stream().anyMatch(c -> c.weight() == null)) {
            return null;
        }
        return data.criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private JFreeChart chart(MatrixChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<Cell, String> labels = new HashMap<>();
        List<Criterion> criteria = data.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String name = c.contribution() == null ? text.get("matrix.category.missing", c.name()) : c.name();
            addStep(dataset, labels, new CategoryKey(i, name), c.offset(), c.contribution(),
                    c.notEarned(data.scale()), c.maximum(data.scale()));
        }
        BigDecimal maximum = data.maximum();
        BigDecimal totalNotEarned = maximum == null || data.computed() == null ? null
                : maximum.subtract(data.computed()).max(BigDecimal.ZERO);
        addStep(dataset, labels, new CategoryKey(criteria.size(), text.get("matrix.category.total")),
                BigDecimal.ZERO, data.computed(), totalNotEarned, maximum);

        CategoryPlot plot = new CategoryPlot(dataset, ChartTheme.categoryAxis(0.32f),
                ChartTheme.valueAxis(text.get("matrix.axis", Decimals.format(data.scale())), false),
                renderer(labels));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartTheme.style(plot);
        // Room above the first bar for the stated score's label.
        plot.getDomainAxis().setLowerMargin(0.1);
        if (data.stated() != null) {
            plot.addRangeMarker(statedMarker(data.stated()), Layer.FOREGROUND);
        }
        return ChartTheme.chart(plot, true);
    }

    private static void addStep(DefaultCategoryDataset dataset, Map<Cell, String> labels, CategoryKey key,
                                BigDecimal offset, BigDecimal earned, BigDecimal notEarned, BigDecimal maximum) {
        dataset.addValue(offset, "offset", key);
        dataset.addValue(earned, "earned", key);
        dataset.addValue(notEarned, "notEarned", key);
        if (earned == null) {
            return;
        }
        boolean outlined = notEarned != null && notEarned.signum() > 0;
        String label = maximum == null ? Decimals.format(earned)
                : Decimals.format(earned) + " / " + Decimals.format(maximum);
        labels.put(new Cell(outlined ? NOT_EARNED : EARNED, key.index()), label);
    }

    private StackedBarRenderer renderer(Map<Cell, String> labels) {
        StackedBarRenderer renderer = ChartTheme.bars(new StepRenderer());
        renderer.setSeriesVisibleInLegend(OFFSET, false);
        renderer.setSeriesPaint(EARNED, ChartTheme.BLUE);
        renderer.setSeriesOutlinePaint(EARNED, ChartTheme.BLUE);
        renderer.setSeriesPaint(NOT_EARNED, ChartTheme.tint(ChartTheme.BLUE));
        renderer.setSeriesOutlinePaint(NOT_EARNED, ChartTheme.BLUE);
        renderer.setLegendItemLabelGenerator((dataset, series) -> text.get(
                series == EARNED ? "matrix.series.earned" : "matrix.series.notEarned"));
        renderer.setDefaultItemLabelGenerator(new ItemLabels(labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setMaximumBarWidth(1.0);
        return renderer;
    }

    private ValueMarker statedMarker(BigDecimal stated) {
        ValueMarker marker = ChartTheme.label(new ValueMarker(stated.doubleValue(), ChartTheme.ORANGE,
                ChartTheme.MARKER_STROKE), text.get("matrix.marker.stated", Decimals.format(stated)));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }

    /** Stacked bars whose first series is never drawn: it only lifts each step to where the previous one ended. */
    private static final class StepRenderer extends StackedBarRenderer {
        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                             CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                             CategoryDataset dataset, int row, int column, int pass) {
            if (row != OFFSET) {
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            }
        }
    }
}
