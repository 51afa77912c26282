package dev.gonogo.parse;

import dev.gonogo.model.Problem;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defuses the few Markdown shapes on which flexmark recurses without bound or slows down quadratically, before
 * the text is parsed — and before the site renders it, so both see the same document: very long rule lines
 * ({@code *****…}), containers nested hundreds deep on one line ({@code > > > …}, {@code 1. 1. 1. …}) or by
 * indentation, long runs of spaces, and blocks crowded with unclosed brackets or backticks. Every replacement
 * keeps the text's length, so offsets and lines stay true; each defused line is reported as a problem.
 */
public final class MarkdownGuard {

    /** A rule line longer than this (flexmark matches it with a recursive regex) is shortened. */
    static final int MAX_RULE_LENGTH = 120;
    /** The same for a table's separator row, which legitimately runs long in wide tables. */
    static final int MAX_SEPARATOR_LENGTH = 600;
    /** Containers opened on one line beyond this depth are read as text. */
    static final int MAX_CONTAINERS = 32;
    /** Brackets outside complete links, or backticks, per block beyond which they are read as text. */
    static final int MAX_LOOSE_BRACKETS = 250;
    /**
     * Spaces and tabs in a row beyond which the rest of the run becomes no-break spaces (which Markdown does not
     * read as indentation). Leading indentation is what nests lists, so this caps nesting by indentation at about
     * 64 levels; inside a line it keeps flexmark's thematic-break regex, which backtracks quadratically over a
     * long run of spaces, fast.
     */
    static final int MAX_SPACES = 128;
    private static final char NO_BREAK_SPACE = '\u00A0';

    private static final Pattern RULE_LINE = Pattern.compile("[ \\t]*[-*_=|:+][-*_=|:+ \\t]*");
    private static final Pattern CONTAINER = Pattern.compile("[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])|\\[[ xX]\\](?=[ \\t]))");
    private static final Pattern COMPLETE_LINK = Pattern.compile("!?\\[[^\\[\\]\\n]*\\]\\([^()\\n]*\\)|\\[[ xX]\\]");

    private MarkdownGuard() {
    }

    /** The text as the parser reads it, for renderers that must not meet what the parser was spared. */
    public static String defuse(String text) {
        return defuse(text, new LineIndex(text), problem -> { });
    }

    static String defuse(String text, LineIndex lines, Consumer<Problem> problems) {
        StringBuilder safe = new StringBuilder(text);
        int blockStart = 1;
        int firstLongRun = 0;
        int longRuns = 0;
        for (int line = 1; line <= lines.lineCount() + 1; line++) {
            boolean blank = line > lines.lineCount() || lines.line(line).isBlank();
            if (line <= lines.lineCount() && defuseLine(safe, lines, line, problems)) {
                firstLongRun = longRuns++ == 0 ? line : firstLongRun;
            }
            if (blank) {
                if (line > blockStart) {
                    defuseBlock(safe, lines, blockStart, line - 1, problems);
                }
                blockStart = line + 1;
            }
        }
        if (longRuns > 0) {
            // one problem for the document: a deeply indented list makes thousands of such lines
            problems.accept(new Problem(firstLongRun, (longRuns == 1 ? "this line holds" : longRuns
                    + " lines, the first here, hold") + " more than " + MAX_SPACES + " spaces in a row (lists nested"
                    + " that deep?); the spaces beyond are read as text"));
        }
        return safe.toString();
    }

    /** Defuses one line; true when it had a run of spaces too long. */
    private static boolean defuseLine(StringBuilder safe, LineIndex lines, int line, Consumer<Problem> problems) {
        String text = lines.line(line);
        int start = lines.startOf(line);
        int limit = text.indexOf('|') >= 0 ? MAX_SEPARATOR_LENGTH : MAX_RULE_LENGTH;
        if (text.length() > limit && RULE_LINE.matcher(text).matches()) {
            blank(safe, start + limit, start + text.length());
            problems.accept(new Problem(line, "a rule line of " + text.length() + " characters was shortened"));
            return false;
        }
        if (!opensContainer(text)) {
            return shortenSpaceRuns(safe, start, start + text.length());
        }
        Matcher container = CONTAINER.matcher(text);
        int depth = 0;
        int end = 0;
        while (container.region(end, text.length()).lookingAt()) {
            end = container.end();
            if (++depth > MAX_CONTAINERS) {
                // blanked, not escaped: flexmark is quadratic on a paragraph that starts with any other mark here
                blank(safe, start + container.start(), start + end);
            }
        }
        if (depth > MAX_CONTAINERS) {
            problems.accept(new Problem(line, depth + " quotes or lists are opened on this line; those beyond "
                    + MAX_CONTAINERS + " are read as text"));
        }
        return shortenSpaceRuns(safe, start, start + text.length());
    }

    /** Whether the line's first visible character can open a quote, list or box (a matcher per line costs). */
    private static boolean opensContainer(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == '>' || c == '-' || c == '*' || c == '+' || c == '[' || (c >= '0' && c <= '9');
            }
        }
        return false;
    }

    /** Runs of spaces in the line as defused so far, blanked markers included. */
    private static boolean shortenSpaceRuns(StringBuilder safe, int start, int end) {
        int run = 0;
        boolean shortened = false;
        for (int i = start; i < end; i++) {
            char c = safe.charAt(i);
            run = c == ' ' || c == '\t' ? run + 1 : 0;
            if (run > MAX_SPACES) {
                safe.setCharAt(i, NO_BREAK_SPACE);
                shortened = true;
            }
        }
        return shortened;
    }

    private static void defuseBlock(StringBuilder safe, LineIndex lines, int first, int last,
                                    Consumer<Problem> problems) {
        int from = lines.startOf(first);
        int to = lines.startOf(last) + lines.line(last).length();
        String block = safe.substring(from, to);
        long brackets = brackets(block);
        if (brackets > MAX_LOOSE_BRACKETS) {
            // complete links and boxes are not loose; removing them is worth it only when the count is high
            brackets = brackets(COMPLETE_LINK.matcher(block).replaceAll(""));
        }
        long backticks = block.chars().filter(c -> c == '`').count();
        if (brackets > MAX_LOOSE_BRACKETS || backticks > MAX_LOOSE_BRACKETS * 4) {
            for (int i = from; i < to; i++) {
                char c = safe.charAt(i);
                if (c == '[' || c == ']' || c == '`') {
                    safe.setCharAt(i, c == '[' ? '［' : c == ']' ? '］' : 'ˋ');
                }
            }
            problems.accept(new Problem(first, "this block holds " + Math.max(brackets, backticks)
                    + " unmatched brackets or backticks; links and code in it are read as plain text"));
        }
    }

    private static long brackets(String text) {
        return text.chars().filter(c -> c == '[' || c == ']').count();
    }

    private static void blank(StringBuilder safe, int from, int to) {
        for (int i = from; i < to; i++) {
            if (safe.charAt(i) != '\n' && safe.charAt(i) != '\r') {
                safe.setCharAt(i, ' ');
            }
        }
    }
}
