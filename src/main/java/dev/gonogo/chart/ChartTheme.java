package dev.gonogo.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart: the palette, fonts and axis styling.
 *
 * <p>Palette: each data colour has a contrast of at least 3:1 against both a white page (#ffffff) and a dark one
 * (#121212), so it needs no dark-mode variant, and the chart background is transparent. Colour is never the only
 * carrier of meaning: earned/done parts are filled, what is missing is outlined, lines differ in dash and shape,
 * and every bar and marker has a text label.
 * <ul>
 *   <li>{@link #BLUE} #1c7ed6 (4.20:1 on white, 4.46:1 on #121212): computed score, contributions, done, met</li>
 *   <li>{@link #ORANGE} #d9480f (4.30:1, 4.36:1): stated score, missed</li>
 *   <li>{@link #GREY} #868e96 (3.32:1, 5.64:1): no target, not comparable</li>
 *   <li>{@link #MAGENTA} #ae3ec9 (4.85:1, 3.86:1): verdict changes</li>
 *   <li>{@link #RED} #e03131 (4.51:1, 4.15:1): errors appeared or fixed</li>
 * </ul>
 * Text, axes and grid lines are drawn in role colours that {@link SvgExporter} recognises and replaces by
 * {@code currentColor} with a CSS class, so that the page decides their colour in light and dark mode.
 */
final class ChartTheme {

    static final Color BLUE = new Color(0x1c7ed6);
    static final Color ORANGE = new Color(0xd9480f);
    static final Color GREY = new Color(0x868e96);
    static final Color MAGENTA = new Color(0xae3ec9);
    static final Color RED = new Color(0xe03131);

    /** How strongly the outlined (missing, open) parts of a bar are tinted with their colour. */
    static final int TINT_ALPHA = 48;

    /** Role colours, never used for data: the exporter maps them to CSS classes. */
    static final Color TEXT_ROLE = new Color(0x202020);
    static final Color AXIS_ROLE = new Color(0x808080);
    static final Color GRID_ROLE = new Color(0xc0c0c0);
    /** Fully transparent; the exporter drops shapes filled with it (JFreeChart's marker label boxes). */
    static final Color INVISIBLE = new Color(0, 0, 0, 0);

    /** The family the page's CSS lists first; text metrics are measured with it. */
    static final String FONT_FAMILY = "DejaVu Sans";
    static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font ITEM_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);

    static final Stroke GRID_STROKE = new BasicStroke(0.5f);
    static final Stroke OUTLINE_STROKE = new BasicStroke(1.0f);
    /** Dashed: the stated score, verdict changes. */
    static final Stroke MARKER_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 3f}, 0f);
    /** Dotted: where errors appeared or were fixed, so it stays apart from a verdict change at the same point. */
    static final Stroke DOTTED_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 3f}, 0f);

    private ChartTheme() {
    }

    /** A colour at {@link #TINT_ALPHA}, for the outlined parts of bars. */
    static Color tint(Color color) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), TINT_ALPHA);
    }

    /** Numbers on axes and labels: at most two decimals, half-up, locale-independent ({@code 85.65}). */
    static NumberFormat numberFormat() {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A chart with no title (the page and the SVG {@code <title>} carry it) and a transparent background. */
    static JFreeChart chart(CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(8, 4, 4, 12));
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setBackgroundPaint(null);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setItemFont(LABEL_FONT);
            legendTitle.setItemPaint(TEXT_ROLE);
            legendTitle.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    /** Transparent plot, role-coloured axes and grid, grid lines along the value axis only. */
    static CategoryPlot style(CategoryPlot plot) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID_ROLE);
        plot.setRangeGridlineStroke(GRID_STROKE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // Value axis below a horizontal plot, left of a vertical one: where readers look for it.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
        return plot;
    }

    /** A category axis whose labels wrap onto two lines instead of being cut. */
    static CategoryAxis categoryAxis(float maximumWidthRatio) {
        CategoryAxis axis = new CategoryAxis(null);
        axis.setMaximumCategoryLabelLines(2);
        axis.setMaximumCategoryLabelWidthRatio(maximumWidthRatio);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        return axis;
    }

    /** A value axis starting at zero; whole-number ticks for counts. */
    static NumberAxis valueAxis(String label, boolean counts) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(counts ? NumberAxis.createIntegerTickUnits(Locale.ROOT)
                : NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setNumberFormatOverride(numberFormat());
        // Room after the longest bar for its end label ("85.65 / 100").
        axis.setUpperMargin(0.2);
        return axis;
    }

    /** Flat bars (no gradient, no shadow: both are static defaults in JFreeChart) with a thin outline. */
    static <R extends BarRenderer> R bars(R renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(OUTLINE_STROKE);
        renderer.setDefaultItemLabelFont(ITEM_LABEL_FONT);
        renderer.setDefaultItemLabelPaint(TEXT_ROLE);
        renderer.setMaximumBarWidth(0.5);
        return renderer;
    }

    /** A marker's label in the theme's font and text colour. */
    static <M extends Marker> M label(M marker, String label) {
        marker.setLabel(label);
        marker.setLabelFont(ITEM_LABEL_FONT);
        marker.setLabelPaint(TEXT_ROLE);
        marker.setLabelBackgroundColor(INVISIBLE);
        return marker;
    }

    private static void style(Axis axis) {
        axis.setAxisLinePaint(AXIS_ROLE);
        axis.setTickMarkPaint(AXIS_ROLE);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT_ROLE);
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(TEXT_ROLE);
    }
}
