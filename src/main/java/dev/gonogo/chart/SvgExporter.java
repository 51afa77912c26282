package dev.gonogo.chart;

import java.awt.AWTError;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

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
    /** How JFreeSVG starts every style attribute, always in single quotes. */
    private static final String STYLE = " style='";

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
        g2.setGeomDoubleConverter(new CoordinateFormat(2));
        g2.setTransformDoubleConverter(new CoordinateFormat(4));
        g2.setFontFunction(family -> FONT_STACK);
        draw(chart, g2, width, height);
        String raw = g2.getSVGElement(prefix, false, new ViewBox(0, 0, width, height), null, null);
        return finish(raw, prefix, width, height, title, description);
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

    /**
     * JFreeSVG's element with our root, title and description, and its style attributes restyled in one pass over
     * the text (no parse: every {@code style='…'} value is JFreeSVG's own CSS, never review text, which JFreeSVG
     * escapes and whose apostrophes therefore cannot end an attribute).
     */
    private static String finish(String raw, String prefix, int width, int height, String title,
                                 String description) {
        StringBuilder svg = new StringBuilder(raw.length() + 512)
                .append("<svg id='").append(prefix).append("' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(width).append(' ').append(height).append("' class='").append(SVG_CLASS)
                .append("' role='img' aria-labelledby='").append(prefix).append("-title ").append(prefix)
                .append("-desc'><title id='").append(prefix).append("-title'>").append(escape(title))
                .append("</title><desc id='").append(prefix).append("-desc'>").append(escape(description))
                .append("</desc>");
        // Inline SVG in HTML5: the only namespace attribute the Nu checker accepts is the SVG one, so JFreeSVG's
        // root (xlink and jfreesvg namespaces, width and height) is replaced by ours.
        restyle(raw, raw.indexOf('>') + 1, svg);
        return svg.toString();
    }

    private static String escape(String text) {
        Document.OutputSettings settings = new Document.OutputSettings()
                .syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
        return Entities.escape(text, settings);
    }

    /**
     * Copies {@code raw} from {@code from} to {@code out}, each element's style restyled or the element dropped. A
     * chart repeats a few styles hundreds of times (every tick, grid line and label), so each is worked out once.
     */
    private static void restyle(String raw, int from, StringBuilder out) {
        Map<String, Rewrite> rewrites = new HashMap<>();
        int copied = from;
        for (int attribute = raw.indexOf(STYLE, from); attribute >= 0; attribute = raw.indexOf(STYLE, copied)) {
            int tagStart = raw.lastIndexOf('<', attribute);
            int valueEnd = raw.indexOf('\'', attribute + STYLE.length());
            String tag = raw.substring(tagStart + 1, raw.indexOf(' ', tagStart));
            String value = raw.substring(attribute + STYLE.length(), valueEnd);
            boolean text = tag.equals("text");
            Rewrite rewrite = rewrites.computeIfAbsent(text ? "text " + value : value, key -> rewrite(text, value));
            if (rewrite.drop()) {
                out.append(raw, copied, tagStart);
                copied = elementEnd(raw, tagStart, tag);
            } else if (rewrite.attributes() == null) {
                out.append(raw, copied, valueEnd + 1);
                copied = valueEnd + 1;
            } else {
                out.append(raw, copied, attribute).append(rewrite.attributes());
                copied = valueEnd + 1;
            }
        }
        out.append(raw, copied, raw.length());
    }

    /** What becomes of an element with this style: dropped, kept as it is (no attributes), or restyled. */
    private record Rewrite(boolean drop, String attributes) {
    }

    private static Rewrite rewrite(boolean text, String css) {
        Map<String, String> style = style(css);
        if (text) {
            return new Rewrite(false, textAttributes(style));
        }
        return isInvisible(style) ? new Rewrite(true, null) : new Rewrite(false, lineAttributes(style));
    }

    /** Where the element starting at {@code tagStart} ends: after {@code />}, or after its end tag. */
    private static int elementEnd(String raw, int tagStart, String tag) {
        int tagEnd = raw.indexOf('>', tagStart);
        if (raw.charAt(tagEnd - 1) == '/') {
            return tagEnd + 1;
        }
        String endTag = "</" + tag + ">";
        return raw.indexOf(endTag, tagEnd) + endTag.length();
    }

    /** Text takes the page's colour (and the class lets the theme say otherwise). */
    private static String textAttributes(Map<String, String> style) {
        style.remove("fill");
        style.remove("fill-opacity");
        style.put("font-family", FONT_STACK);
        StringBuilder attributes = new StringBuilder();
        attribute(attributes, "style", css(style));
        attribute(attributes, "fill", "currentColor");
        attribute(attributes, "class", TEXT_CLASS);
        return attributes.toString();
    }

    /** Axis and grid lines, recognised by their role colour, take the page's colour; null for other shapes. */
    private static String lineAttributes(Map<String, String> style) {
        String stroke = style.getOrDefault("stroke", "");
        String cssClass = stroke.equals(AXIS_ROLE) ? AXIS_CLASS : stroke.equals(GRID_ROLE) ? GRID_CLASS : null;
        if (cssClass == null) {
            return null;
        }
        style.remove("stroke");
        style.remove("stroke-opacity");
        StringBuilder attributes = new StringBuilder();
        attribute(attributes, "style", css(style));
        attribute(attributes, "stroke", "currentColor");
        attribute(attributes, "class", cssClass);
        if (cssClass.equals(GRID_CLASS)) {
            attribute(attributes, "stroke-opacity", GRID_OPACITY);
        }
        return attributes.toString();
    }

    /** An attribute whose value is ours or JFreeSVG's CSS: no quote, ampersand or angle bracket in it. */
    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("='").append(value).append('\'');
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
    private static Map<String, String> style(String css) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : css.split(";")) {
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
