package dev.gonogo.site;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.site.cache.CachedReview;
import dev.gonogo.site.cache.Digests;
import dev.gonogo.site.cache.RenderCache;
import dev.gonogo.site.page.DocumentRenderer;
import dev.gonogo.site.page.HistoryViewBuilder;
import dev.gonogo.site.page.Messages;
import dev.gonogo.site.page.PageFrame;
import dev.gonogo.site.page.PlannedReview;
import dev.gonogo.site.page.ReviewLinks;
import dev.gonogo.site.page.ReviewPage;
import dev.gonogo.site.page.ReviewPageBuilder;
import dev.gonogo.site.page.SourcePageBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the files of one review: its page, its source view and its JSON — or links them from the render cache when
 * nothing they show has changed. One per build (or per {@code serve} save); thread-safe, the build's batches write
 * reviews in parallel through one writer.
 */
final class ReviewFilesWriter {
    private static final String UP = "../";

    private final PageRenderer renderer;
    private final Messages msg;
    private final Path folder;
    private final DocumentRenderer documents = new DocumentRenderer();
    private final ReviewPageBuilder pages;
    private final SourcePageBuilder sources;
    private final HistoryViewBuilder histories;
    private final SiteOptions options;
    private final SiteCharts charts;
    private final ReviewExports exports;
    private final SiteHistory history;
    private final RenderCache cache;

    ReviewFilesWriter(PageRenderer renderer, Messages msg, Path folder, SiteOptions options, SiteCharts charts,
                      ReviewExports exports, SiteHistory history, RenderCache cache) {
        this.renderer = renderer;
        this.msg = msg;
        this.folder = folder;
        this.options = options;
        this.charts = charts;
        this.exports = exports;
        this.history = history;
        this.cache = cache;
        this.pages = new ReviewPageBuilder(msg, options.tolerance());
        this.sources = new SourcePageBuilder(msg);
        this.histories = new HistoryViewBuilder(msg);
    }

    /** Links a cached review's files, or renders them and records them in the cache; returns its summary. */
    PlannedReview write(ReviewSource source, Slot slot, PlannedReview planned) throws IOException {
        Optional<SiteHistory.Section> section = history.of(planned.document());
        String historyDigest = section.map(s -> Digests.of(s.toString())).orElse("");
        PlannedReview full = planned;
        if (slot.hit().isPresent()) {
            CachedReview entry = slot.hit().get().entry();
            if (entry.sameContext(planned.links().slug(), planned.systemPage(), historyDigest)
                    && cache.reuse(entry, folder)) {
                return planned.summary();
            }
            full = new PlannedReview(source.load(List.of(slot.index())).get(0), planned.links(),
                    planned.systemPage());
        }
        List<String> files = write(full, section);
        if (slot.key() != null) {
            cache.record(new CachedReview(slot.key(), planned.links().slug(), planned.systemPage(),
                    historyDigest, files.stream().map(file -> new CachedReview.CachedFile(file, 0)).toList()),
                    full.document().result().outline(), folder);
        }
        return full.summary();
    }

    /** Renders the files of a review, whatever the cache holds; returns no summary of the site. */
    Optional<SiteSummary> render(PlannedReview planned) throws IOException {
        write(planned, history.of(planned.document()));
        return Optional.empty();
    }

    /** Writes the files of one review: its page, its source view and its JSON; returns their paths. */
    private List<String> write(PlannedReview planned, Optional<SiteHistory.Section> section)
            throws IOException {
        ReviewLinks links = planned.links();
        ReviewPage page = page(planned, section);
        SiteFiles.write(folder.resolve(links.page()), renderer.render("review.ftlh", page));
        SiteFiles.write(folder.resolve(links.source()), renderer.render("source.ftlh",
                sources.build(planned, options.frame(msg, UP, page.header().title()), page.header().title())));
        ReviewResult result = planned.document().result();
        SiteFiles.write(folder.resolve(links.model()), exports.modelJson(result));
        SiteFiles.write(folder.resolve(links.findings()), exports.findingsJson(result));
        return List.of(links.page(), links.source(), links.model(), links.findings());
    }

    /** The full page, or what could be shown when building it failed: one review never stops the site. */
    private ReviewPage page(PlannedReview planned, Optional<SiteHistory.Section> section) {
        String title = title(planned);
        PageFrame frame = options.frame(msg, UP, title);
        try {
            ReviewResult result = planned.document().result();
            String html = documents.render(planned.document(), msg);
            List<String> notes = new ArrayList<>();
            List<RenderedChart> drawn = charts(result, notes);
            return pages.build(planned, frame, drawn, html, histories.build(section),
                    notes);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug met on one review's text (StackOverflowError included) costs that page its document only
            return pages.fallback(planned, frame, String.valueOf(e));
        }
    }

    /** The review's charts; when drawing fails the page goes without them and says so. */
    private List<RenderedChart> charts(ReviewResult result, List<String> notes) {
        try {
            return charts.forReview(result);
        } catch (RuntimeException e) {
            notes.add(msg.format("review.chartsFailed", e));
            return List.of();
        }
    }

    private String title(PlannedReview planned) {
        String system = planned.review().system();
        String version = planned.review().version();
        if (system != null && version != null) {
            return system + " " + version;
        }
        String path = planned.review().source().path();
        return planned.review().title().isBlank() ? path.substring(path.lastIndexOf('/') + 1)
                : planned.review().title();
    }
}
