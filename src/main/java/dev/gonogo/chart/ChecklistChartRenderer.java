package dev.gonogo.chart;

import dev.gonogo.chart.ChecklistChartData.Group;
import dev.gonogo.chart.ItemLabels.Cell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws checklist completion as one stacked bar per group: done items filled, open items outlined. */
public final class ChecklistChartRenderer {

    static final String ID = "checklist";
    static final int DONE = 0;
    static final int OPEN = 1;

    private static final int WIDTH = 640;
    private static final int ROW_HEIGHT = 34;
    private static final int FRAME_HEIGHT = 90;

    private final ChartText text;

    public ChecklistChartRenderer(Locale language) {
        this(new ChartText(language));
    }

    ChecklistChartRenderer(ChartText text) {
        this.text = text;
    }

    public RenderedChart render(ChecklistChartData data) {
        String title = text.get("checklist.title");
        String description = description(data);
        int height = FRAME_HEIGHT + ROW_HEIGHT * data.groups().size();
        return new RenderedChart(ID, title, description, columns(), rows(data),
                SvgExporter.export(chart(data), WIDTH, height, ID, title, description));
    }

    String description(ChecklistChartData data) {
        String groups = data.groups().stream()
                .map(g -> text.get("checklist.desc.group", name(g), g.done(), g.total()))
                .collect(Collectors.joining("; "));
        return text.get("checklist.desc", data.done(), data.total(), data.groups().size(), groups);
    }

    List<String> columns() {
        return List.of(text.get("checklist.column.group"), text.get("checklist.column.done"),
                text.get("checklist.column.open"), text.get("checklist.column.total"));
    }

    List<List<String>> rows(ChecklistChartData data) {
        List<List<String>> rows = new ArrayList<>();
        for (Group g : data.groups()) {
            rows.add(List.of(name(g), String.valueOf(g.done()), String.valueOf(g.open()), String.valueOf(g.total())));
        }
        return rows;
    }

    private String name(Group group) {
        return group.name().isEmpty() ? text.get("checklist.ungrouped") : group.name();
    }

    private JFreeChart chart(ChecklistChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<Cell, String> labels = new HashMap<>();
        for (int i = 0; i < data.groups().size(); i++) {
            Group g = data.groups().get(i);
            CategoryKey key = new CategoryKey(i, name(g));
            dataset.addValue(g.done(), "done", key);
            dataset.addValue(g.open(), "open", key);
            labels.put(new Cell(g.open() > 0 ? OPEN : DONE, i), g.done() + " / " + g.total());
        }
        CategoryPlot plot = new CategoryPlot(dataset, ChartTheme.categoryAxis(0.4f),
                ChartTheme.valueAxis(text.get("checklist.axis"), true), renderer(labels));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartTheme.style(plot);
        return ChartTheme.chart(plot, true);
    }

    private StackedBarRenderer renderer(Map<Cell, String> labels) {
        StackedBarRenderer renderer = ChartTheme.bars(new StackedBarRenderer());
        renderer.setSeriesPaint(DONE, ChartTheme.BLUE);
        renderer.setSeriesOutlinePaint(DONE, ChartTheme.BLUE);
        renderer.setSeriesPaint(OPEN, ChartTheme.tint(ChartTheme.BLUE));
        renderer.setSeriesOutlinePaint(OPEN, ChartTheme.BLUE);
        renderer.setLegendItemLabelGenerator((dataset, series) -> text.get(
                series == DONE ? "checklist.series.done" : "checklist.series.open"));
        renderer.setDefaultItemLabelGenerator(new ItemLabels(labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setMaximumBarWidth(1.0);
        return renderer;
    }
}
