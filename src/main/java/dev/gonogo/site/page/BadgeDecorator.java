package dev.gonogo.site.page;

import dev.gonogo.model.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns status marks in sanitised text into badges: {@code ✅} becomes a coloured span whose accessible name is
 * the state in the interface language. Text inside code stays as written.
 */
final class BadgeDecorator {
    private final Map<String, State> marks;
    private final List<String> longestFirst;
    /** The first character of every mark: most characters of a text start none, and are passed over at once. */
    private final String firstCharacters;
    private final Messages msg;

    BadgeDecorator(Map<String, State> marks, Messages msg) {
        this.marks = new java.util.HashMap<>(marks);
        this.marks.putIfAbsent(DocumentRenderer.DONE_BOX, State.DONE);
        this.marks.putIfAbsent(DocumentRenderer.OPEN_BOX, State.NONE);
        this.longestFirst = this.marks.keySet().stream()
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        this.firstCharacters = longestFirst.stream().filter(mark -> !mark.isEmpty())
                .map(mark -> String.valueOf(mark.charAt(0))).distinct().collect(Collectors.joining());
        this.msg = msg;
    }

    void decorate(Element root) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !insideCode(text)) {
                texts.add(text);
            }
        }, root);
        texts.forEach(this::decorate);
    }

    private void decorate(TextNode text) {
        String whole = text.getWholeText();
        List<Node> parts = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < whole.length()) {
            String mark = firstCharacters.indexOf(whole.charAt(i)) < 0 ? null : markAt(whole, i);
            if (mark == null) {
                i++;
                continue;
            }
            if (i > from) {
                parts.add(new TextNode(whole.substring(from, i)));
            }
            parts.add(badge(mark));
            i += mark.length();
            from = i;
        }
        if (parts.isEmpty()) {
            return;
        }
        if (from < whole.length()) {
            parts.add(new TextNode(whole.substring(from)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }

    private String markAt(String text, int index) {
        for (String mark : longestFirst) {
            if (text.startsWith(mark, index)) {
                return mark;
            }
        }
        return null;
    }

    private Element badge(String mark) {
        State state = marks.get(mark);
        String label = mark.equals(DocumentRenderer.OPEN_BOX) ? msg.text("task.open")
                : msg.text("state." + StatusView.cssName(state));
        String css = mark.equals(DocumentRenderer.OPEN_BOX) ? "open" : StatusView.cssName(state);
        return new Element("span").addClass("badge").addClass("badge-" + css)
                .attr("role", "img").attr("aria-label", label).text(mark);
    }

    private static boolean insideCode(TextNode text) {
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (e.nameIs("code") || e.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }
}
