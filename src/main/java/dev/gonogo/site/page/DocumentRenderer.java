package dev.gonogo.site.page;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.gonogo.model.Review;
import dev.gonogo.parse.MarkdownGuard;
import dev.gonogo.parse.MarkdownSyntax;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders a review's Markdown to HTML that is safe to put in a page. Review text is untrusted: flexmark's output
 * goes through a jsoup {@link Safelist} (no scripts, event handlers, {@code javascript:}/{@code data:} URLs,
 * iframes, forms, images, styles or ids), and only then does our own markup get added — status badges,
 * scrollable table wrappers and headings moved below the page's own. Thread-safe.
 */
public final class DocumentRenderer {
    static final String DONE_BOX = "☑";
    static final String OPEN_BOX = "☐";
    /** Placeholder host for resolving relative links; it never appears in the output. */
    private static final String BASE = "https://review.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = safelist();

    public DocumentRenderer() {
        // the parser's Markdown, so that what the checks read as a table shows as one
        MutableDataSet options = MarkdownSyntax.options()
                // task boxes become plain marks: the sanitiser would remove <input> anyway
                .set(TaskListExtension.ITEM_DONE_MARKER, DONE_BOX + " ")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER, OPEN_BOX + " ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * The review's whole text as sanitised HTML with status marks shown as badges. The text is defused first, as
     * the parser defuses it: flexmark's renderer recurses once per nesting level, and a review nested thousands
     * deep would otherwise overflow the stack here although it parsed fine.
     */
    public String render(String markdown, Review review, Messages msg) {
        return render(parser.parse(MarkdownGuard.defuse(markdown)), review, msg);
    }

    /** The document as {@link #render(String, Review, Messages)} shows it, or its parser's tree when it has one. */
    public String render(ReviewDocument document, Messages msg) {
        Review review = document.result().review();
        return document.markdown() == null ? render(document.text(), review, msg)
                : render(document.markdown(), review, msg);
    }

    /** Renders a tree parsed from defused text with {@link MarkdownSyntax#options()}: what the review parser keeps. */
    private String render(Node tree, Review review, Messages msg) {
        String raw = renderer.render(tree);
        Document document = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(raw, BASE));
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        Element body = document.body();
        unwrapLinksWithoutTarget(body);
        demoteHeadings(body);
        wrapTables(body, msg);
        new BadgeDecorator(StatusMarks.of(review), msg).decorate(body);
        return body.html();
    }

    private static Safelist safelist() {
        return Safelist.relaxed()
                .removeTags("img")
                .addTags("del", "s", "hr", "kbd", "mark", "details", "summary")
                // attributes HTML5 declares obsolete would fail validation of our pages
                .removeAttributes("table", "summary", "width")
                .removeAttributes("td", "abbr", "axis", "width")
                .removeAttributes("th", "axis", "width")
                .removeAttributes("col", "width")
                .removeAttributes("ul", "type")
                .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
                .preserveRelativeLinks(true);
    }

    /**
     * A link whose URL the safelist removed ({@code javascript:}, {@code data:}…) keeps only the enforced
     * {@code rel}, and an {@code <a rel>} without {@code href} is invalid HTML: keep its text, drop the element.
     */
    private static void unwrapLinksWithoutTarget(Element body) {
        body.select("a:not([href])").forEach(Element::unwrap);
    }

    /** The page has its own h1 and h2; the document's headings go below them. */
    private static void demoteHeadings(Element body) {
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + 2));
        }
    }

    /** Wide tables scroll inside a focusable, named region instead of widening the page on a phone. */
    private static void wrapTables(Element body, Messages msg) {
        int n = 0;
        for (Element table : body.select("table")) {
            Element wrapper = new Element("div").addClass("table-wrap").attr("tabindex", "0")
                    .attr("role", "region").attr("aria-label", msg.format("document.table", ++n));
            table.before(wrapper);
            wrapper.appendChild(table);
        }
    }
}
