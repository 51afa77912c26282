package dev.gonogo.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/** Plain text of Markdown inline content, and the bold label that may open it ({@code **Label:** value}). */
final class InlineText {

    private static final int MAX_LABEL_LENGTH = 80;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private InlineText() {
    }

    /** A text split at its label: {@code label} is empty when the text has none. */
    record Labeled(String label, String value, String text) {
        boolean hasLabel() {
            return !label.isEmpty();
        }
    }

    /** The plain text of a node: emphasis, links and code reduced to their text, line breaks to spaces. */
    static String of(Node node) {
        List<Node> children = new ArrayList<>();
        node.getChildren().forEach(children::add);
        return of(children);
    }

    /** The plain text of a run of sibling nodes (one line of a paragraph, say). */
    static String of(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            pending.push(nodes.get(i));
        }
        while (!pending.isEmpty()) {
            Node current = pending.pop();
            if (current instanceof ListBlock) {
                continue;
            }
            if (current instanceof Block) {
                out.append(' ');
            }
            appendLeaf(current, out);
            if (!(current instanceof Code) && !(current instanceof HtmlInlineBase) && !(current instanceof Image)
                    && !(current instanceof AutoLink)) {
                pushChildren(current, pending);
            }
        }
        return normalizeSpace(out.toString());
    }

    private static void appendLeaf(Node node, StringBuilder out) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(unescaped(node.getChars()));
        } else if (node instanceof Code code) {
            out.append(unescaped(code.getText()));
        } else if (node instanceof AutoLink link) {
            out.append(link.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        }
    }

    /** flexmark's unescape runs a regex over the text; most texts hold neither a backslash nor an entity. */
    private static String unescaped(BasedSequence chars) {
        String text = chars.toString(); // String.indexOf, not the sequence's charAt per character
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
    }

    private static void pushChildren(Node node, Deque<Node> pending) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }

    /** Collapses runs of white space (including no-break spaces) into one space and trims. */
    static String normalizeSpace(String text) {
        // A loop, not a regex replace: this runs on the text of every element of every document.
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (char c : text.toCharArray()) { // one copy, not a checked charAt per character of Cyrillic text
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip(); // strip(): other Unicode white space at the ends goes too, as it always did
    }

    /** What the regex class {@code [\\s\\u00A0\\u202F]} matched: ASCII white space and the no-break spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u202F';
    }

    /**
     * Splits a paragraph (or a list item's first paragraph) at its bold label: {@code **Label:** value},
     * {@code **Label**: value}, optionally after leading status marks.
     */
    static Labeled labeled(Node paragraph) {
        List<Node> children = new ArrayList<>();
        paragraph.getChildren().forEach(children::add);
        return labeled(children);
    }

    /** {@link #labeled(Node)} for a run of sibling inline nodes. */
    static Labeled labeled(List<Node> inline) {
        String text = of(inline);
        Optional<StrongEmphasis> strong = leadingStrong(inline);
        if (strong.isPresent()) {
            String label = of(strong.get());
            int after = text.indexOf(label);
            if (after >= 0) {
                String rest = text.substring(after + label.length());
                if (label.endsWith(":") || label.endsWith("：")) {
                    return split(text, label.substring(0, label.length() - 1), rest);
                }
                if (rest.startsWith(":") || rest.startsWith("：")) {
                    return split(text, label, rest.substring(1));
                }
            }
        }
        return new Labeled("", text, text);
    }

    /** A plain {@code Label: value} (no emphasis); used where the label/value shape is expected. */
    static Labeled plainLabeled(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40 || colon + 1 >= text.length() || !Character.isWhitespace(text.charAt(colon + 1))) {
            return new Labeled("", text, text);
        }
        String label = text.substring(0, colon).strip();
        boolean shortLabel = SPACES.split(label).length <= 5 && !label.contains("http") && !label.isEmpty()
                && Character.isLetter(label.codePointAt(0));
        return shortLabel ? split(text, label, text.substring(colon + 1)) : new Labeled("", text, text);
    }

    private static Labeled split(String text, String label, String rest) {
        String cleanLabel = label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > MAX_LABEL_LENGTH) {
            return new Labeled("", text, text);
        }
        return new Labeled(cleanLabel, rest.strip(), text);
    }

    /** The bold run that opens the paragraph, allowing only white space and status marks before it. */
    private static Optional<StrongEmphasis> leadingStrong(List<Node> inline) {
        for (Node child : inline) {
            if (child instanceof StrongEmphasis strong) {
                return Optional.of(strong);
            }
            boolean markOnly = child instanceof Text && child.getChars().toString().codePoints()
                    .allMatch(cp -> Character.isWhitespace(cp) || !Character.isLetterOrDigit(cp) && cp > 0x2000);
            if (!markOnly) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The inline children of a paragraph split at line breaks, each run with its 1-based line. */
    static List<List<Node>> lines(Node paragraph) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                current.add(child);
            }
        }
        lines.add(current);
        lines.removeIf(List::isEmpty);
        return lines;
    }
}
