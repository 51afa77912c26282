package dev.gonogo.chart;

import java.awt.Color;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/** Reads a rendered SVG with jsoup's XML parser so tests assert on its structure, never on its bytes. */
final class Svg {

    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

    private final Element root;

    private Svg(Element root) {
        this.root = root;
    }

    static Svg parse(String svg) {
        return new Svg(Jsoup.parse(svg, "", Parser.xmlParser()).expectFirst("svg"));
    }

    Element root() {
        return root;
    }

    /** Filled bars of a colour: solid ones, or the tinted (outlined) ones. */
    List<Element> bars(Color color, boolean tinted) {
        String fill = "fill:rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
        return root.select("rect").stream()
                .filter(r -> r.attr("style").contains(fill))
                .filter(r -> r.attr("style").contains("fill-opacity") == tinted)
                .toList();
    }

    Elements texts() {
        return root.select("text");
    }

    List<String> textContents() {
        return texts().eachText();
    }

    /** All text of the chart joined by spaces, so that a label wrapped onto two lines reads whole. */
    String allText() {
        return String.join(" ", textContents());
    }

    List<String> ids() {
        return root.select("[id]").eachAttr("id");
    }

    /** The ids referenced through {@code url(#…)} in attributes. */
    List<String> references() {
        return root.select("[clip-path]").eachAttr("clip-path").stream()
                .map(URL_REFERENCE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }
}
