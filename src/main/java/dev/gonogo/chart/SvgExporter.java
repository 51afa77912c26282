package dev.gonogo.chart;

import java.awt.AWTError;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Draws a chart into an SVG element fit to be inlined in an HTML5 page: stable ids, a {@code <title>} and
 * {@code <desc>} for screen readers, no fixed size (a {@code viewBox} only), and text, axes and grid lines
 * coloured by the page through CSS classes.
 *
 * <p>Classes the theme styles (each also carries a {@code currentColor} presentation attribute, which any CSS
 * rule overrides, so the chart follows the page's text colour when the theme says nothing):
 * <ul>
 *   <li>{@value #SVG_CLASS} on the {@code <svg>} root</li>
 *   <li>{@value #TEXT_CLASS} on every {@code <text>} (labels, ticks, legend)</li>
 *   <li>{@value #AXIS_CLASS} on axis lines and tick marks</li>
 *   <li>{@value #GRID_CLASS} on grid lines (drawn at {@value #GRID_OPACITY} opacity)</li>
 * </ul>
 */
final class SvgExporter {

    static final String SVG_CLASS = "chart-image";
    static final String TEXT_CLASS = "chart-text";
    static final String AXIS_CLASS = "chart-axis";
    static final String GRID_CLASS = "chart-grid";
    static final String GRID_OPACITY = "0.35";

    /** Font stack written into the SVG; the measured family first. */
    private static final String FONT_STACK = ChartTheme.FONT_FAMILY + ", sans-serif";

    private static final String TEXT_ROLE = rgb(ChartTheme.TEXT_ROLE);
    private static final String AXIS_ROLE = rgb(ChartTheme.AXIS_ROLE);
    private static final String GRID_ROLE = rgb(ChartTheme.GRID_ROLE);

    private SvgExporter() {
    }

    /**
     * The chart as an {@code <svg>} element whose ids all start with {@code chart-<id>-}.
     *
     * @param id          the chart's id, unique on its page
     * @param title       the accessible name, written into {@code <title>}
     * @param description the accessible description, written into {@code <desc>}
     */
    static String export(JFreeChart chart, int width, int height, String id, String title, String description) {
        String prefix = "chart-" + id;
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // JFreeSVG numbers its clip paths after System.nanoTime() unless given a prefix: this makes output stable.
        g2.setDefsKeyPrefix(prefix + "-");
        g2.setGeomDoubleConverter(new DoubleConverter(2));
        g2.setTransformDoubleConverter(new DoubleConverter(4));
        g2.setFontFunction(family -> FONT_STACK);
        draw(chart, g2, width, height);
        String raw = g2.getSVGElement(prefix, false, new ViewBox(0, 0, width, height), null, null);
        return finish(raw, prefix, title, description);
    }

    /**
     * Text is measured through AWT. Without {@code -Djava.awt.headless=true} a JVM whose DISPLAY names an X server
     * it cannot reach fails with an {@link AWTError} (with no DISPLAY at all it runs headless by itself): say so
     * in words a user can act on instead of letting an Error escape.
     */
    private static void draw(JFreeChart chart, SVGGraphics2D g2, int width, int height) {
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } catch (AWTError e) {
            throw new IllegalStateException("cannot draw charts: " + e.getMessage()
                    + " Run Java with -Djava.awt.headless=true.", e);
        }
    }

    private static String finish(String raw, String prefix, String title, String description) {
        Document document = Jsoup.parse(raw, "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml);
        Element svg = document.expectFirst("svg");
        // Inline SVG in HTML5: the only namespace attribute the Nu checker accepts here is the SVG one.
        svg.removeAttr("xmlns:jfreesvg").removeAttr("xmlns:xlink").removeAttr("width").removeAttr("height");
        svg.attr("class", SVG_CLASS)
                .attr("role", "img")
                .attr("aria-labelledby", prefix + "-title " + prefix + "-desc");
        svg.prependElement("desc").attr("id", prefix + "-desc").text(description);
        svg.prependElement("title").attr("id", prefix + "-title").text(title);
        svg.select("text").forEach(SvgExporter::styleText);
        svg.select("[style]").forEach(SvgExporter::styleLine);
        return svg.outerHtml();
    }

    /** Text takes the page's colour (and the class lets the theme say otherwise). */
    private static void styleText(Element text) {
        Map<String, String> style = style(text);
        style.remove("fill");
        style.remove("fill-opacity");
        style.put("font-family", FONT_STACK);
        text.attr("style", css(style)).attr("fill", "currentColor").addClass(TEXT_CLASS);
    }

    /** Axis and grid lines are recognised by their role colour; invisible shapes are dropped. */
    private static void styleLine(Element element) {
        Map<String, String> style = style(element);
        if (isInvisible(style)) {
            element.remove();
            return;
        }
        String stroke = style.getOrDefault("stroke", "");
        String cssClass = stroke.equals(AXIS_ROLE) ? AXIS_CLASS : stroke.equals(GRID_ROLE) ? GRID_CLASS : null;
        if (cssClass == null) {
            return;
        }
        style.remove("stroke");
        style.remove("stroke-opacity");
        element.attr("style", css(style)).attr("stroke", "currentColor").addClass(cssClass);
        if (cssClass.equals(GRID_CLASS)) {
            element.attr("stroke-opacity", GRID_OPACITY);
        }
    }

    private static boolean isInvisible(Map<String, String> style) {
        boolean noFill = isZero(style.getOrDefault("fill-opacity", "1")) || "none".equals(style.get("fill"));
        boolean noStroke = !style.containsKey("stroke") || "none".equals(style.get("stroke"));
        return noFill && noStroke;
    }

    private static boolean isZero(String number) {
        try {
            return Double.parseDouble(number) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The declarations of a style attribute JFreeSVG wrote ({@code name: value; …}), in order. */
    private static Map<String, String> style(Element element) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : element.attr("style").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).strip());
            }
        }
        return declarations;
    }

    private static String css(Map<String, String> declarations) {
        return declarations.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static String rgb(Color color) {
        return "rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
    }
}
