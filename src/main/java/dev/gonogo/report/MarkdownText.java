package dev.gonogo.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/** Review text made safe for a Markdown table cell, and links to lines of review files. */
final class MarkdownText {
    /** Characters that start Markdown inline syntax; {@code $} starts math on GitHub, {@code |} ends a cell. */
    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("([\\\\`*_\\[\\]|~$])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|\\r|\\n");

    private final String linkBase;

    /**
     * @param linkBase the URL review paths are appended to ({@code https://github.com/o/r/blob/sha/}); empty for
     *                 none
     */
    MarkdownText(String linkBase) {
        this.linkBase = linkBase.isEmpty() || linkBase.endsWith("/") ? linkBase : linkBase + "/";
    }

    /**
     * Text for a table cell: HTML escaped (jsoup), Markdown syntax backslash-escaped, line breaks as {@code <br>},
     * so a message can neither inject HTML nor break the table.
     */
    static String cell(String text) {
        String html = Entities.escape(text.strip());
        String markdown = MARKDOWN_SYNTAX.matcher(html).replaceAll("\\\\$1");
        return LINE_BREAKS.matcher(markdown).replaceAll("<br>");
    }

    /** {@code [path:line](base/path#Lline)}, or the escaped text alone when there is no link base. */
    String lineLink(String path, int line) {
        String label = cell(line > 0 ? path + ":" + line : path);
        return link(label, path, line);
    }

    /** {@code [label](base/path#Lline)} with an already escaped label, or the label when there is no link base. */
    String link(String escapedLabel, String path, int line) {
        if (linkBase.isEmpty()) {
            return escapedLabel;
        }
        String target = linkBase + encode(path) + (line > 0 ? "#L" + line : "");
        return "[" + escapedLabel + "](<" + target + ">)";
    }

    /** Percent-encodes a relative path for a URL (spaces, Cyrillic …), keeping its slashes. */
    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be written as a URL: " + path, e);
        }
    }
}
