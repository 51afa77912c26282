package dev.gonogo.parse;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Markdown gonogo reads: CommonMark with GFM tables, task lists and strikethrough, and YAML front matter. Tables
 * are taken as reviews write them by hand: one dash is a separator, rows keep the cells they have, no captions.
 * The parser and the site's renderer both start from these options, so a table the checks read is a table on the
 * page.
 */
public final class MarkdownSyntax {

    private MarkdownSyntax() {
    }

    /** A new set of the options, which the caller may add to (a renderer's own settings, say). */
    public static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), YamlFrontMatterExtension.create()));
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        return options;
    }
}
