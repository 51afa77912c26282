package dev.gonogo.site;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.pipeline.ParallelWork;
import dev.gonogo.site.cache.RenderCache;
import dev.gonogo.site.page.IndexPage;
import dev.gonogo.site.page.ListPageBuilder;
import dev.gonogo.site.page.Messages;
import dev.gonogo.site.page.NotFoundPage;
import dev.gonogo.site.page.PlannedReview;
import dev.gonogo.site.page.PlannedSystem;
import dev.gonogo.site.page.RememberedRows;
import dev.gonogo.site.page.ReviewDocument;
import dev.gonogo.site.page.SitePlan;
import dev.gonogo.site.page.SitePlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes a whole site into an empty folder: plan the files, render every page from its typed record, write the
 * JSON beside each review, copy the assets. The folder is swapped into place by {@link SitePublisher}.
 */
public final class SiteGenerator {
    private static final String UP = "../";
    /**
     * Reviews read, written and let go of together: enough to keep every core busy, few enough to stay small. Each
     * holds its Markdown tree until its page is written; 64 measured best (docs/performance.md, batch size).
     */
    private static final int BATCH = 64;

    private final Theme theme;
    private final SiteOptions options;
    private final SiteCharts charts;
    private final ReviewExports exports;
    private final SiteHistory history;
    private final RenderCache cache;
    private final RememberedRows rows;
    /** One per generator: FreeMarker parses each template once and keeps it for every later page and build. */
    private final PageRenderer renderer;

    public SiteGenerator(Theme theme, SiteOptions options, SiteCharts charts, ReviewExports exports) {
        this(theme, options, charts, exports, SiteHistory.NONE);
    }

    /** A generator whose review pages show each review's history from git. */
    public SiteGenerator(Theme theme, SiteOptions options, SiteCharts charts, ReviewExports exports,
                         SiteHistory history) {
        this(theme, options, charts, exports, history, RenderCache.none());
    }

    /** A generator that reuses the reviews {@code cache} holds from the published site. */
    public SiteGenerator(Theme theme, SiteOptions options, SiteCharts charts, ReviewExports exports,
                         SiteHistory history, RenderCache cache) {
        this(theme, options, charts, exports, history, cache, RememberedRows.none());
    }

    private SiteGenerator(Theme theme, SiteOptions options, SiteCharts charts, ReviewExports exports,
                          SiteHistory history, RenderCache cache, RememberedRows rows) {
        this.theme = theme;
        this.options = options;
        this.charts = charts;
        this.exports = exports;
        this.history = history;
        this.cache = cache;
        this.rows = rows;
        this.renderer = new PageRenderer(theme, rows.enabled());
    }

    /**
     * This generator, reusing the table rows of unchanged reviews from one build to the next ({@code serve}, which
     * hands unchanged reviews in as the same objects every build).
     */
    public SiteGenerator rememberingRows(RememberedRows remembered) {
        return new SiteGenerator(theme, options, charts, exports, history, cache, remembered);
    }

    /** Generates the site for documents already in memory, in any order, into {@code folder}. */
    public SiteSummary generate(List<ReviewDocument> documents, Path folder) throws IOException {
        return generate(ReviewSource.of(documents), folder);
    }

    /** Like {@link #generate(List, Path)}, keeping the site's plan for later {@link #update updates}. */
    public BuiltSite generateSite(List<ReviewDocument> documents, Path folder) throws IOException {
        return write(ReviewSource.of(documents), folder);
    }

    /**
     * Generates the site into {@code folder}, reading the reviews a batch at a time: a batch's pages are written
     * (in parallel; each review's files are its own, so the order of writing cannot change the output), then only
     * its summaries are kept for the index and system pages. Memory stays flat however many reviews there are.
     * Reviews the cache holds are neither read in full nor rendered: their files are linked, their summaries read.
     */
    public SiteSummary generate(ReviewSource source, Path folder) throws IOException {
        return write(source, folder).summary();
    }

    /**
     * Writes into {@code folder} what changed since this generator wrote {@code site}, when only the content of
     * the reviews {@code edited} changed, not their paths, systems or versions ({@code gonogo serve} after a save):
     * their files, the pages of their systems and the index, from the plan {@code site} kept, without planning the
     * site again. Everything else would come out as before (the other reviews' files, the other system pages, whose
     * reviews and trend are unchanged, the assets, the 404 page and the sitemap, which depend only on the links), so
     * {@code folder} laid over the earlier site's files is what {@link #generate} would write.
     *
     * @throws IllegalArgumentException when an edited review's path is not in the site
     */
    public BuiltSite update(BuiltSite site, List<ReviewDocument> edited, Path folder) throws IOException {
        Messages msg = Messages.forLanguage(options.language());
        ReviewFilesWriter reviews = reviewWriter(msg, folder);
        Map<String, PlannedReview> byPath = new HashMap<>();
        site.plan().reviews().forEach(planned -> byPath.put(planned.review().source().path(), planned));
        List<PlannedReview> replanned = new ArrayList<>();
        for (ReviewDocument document : edited) {
            PlannedReview before = byPath.get(document.result().review().source().path());
            if (before == null) {
                throw new IllegalArgumentException("not in the site: " + document.result().review().source().path());
            }
            replanned.add(new PlannedReview(document, before.links(), before.systemPage()));
        }
        SitePlan plan = site.plan().replacing(replanned.stream().map(PlannedReview::summary).toList());
        Set<String> systems = new HashSet<>();
        replanned.forEach(planned -> systems.add(planned.systemPage()));
        // the lists need only the edited reviews' summaries: they are written while the reviews' own files are
        int lists = replanned.size();
        List<Optional<SiteSummary>> written = ParallelWork.all(lists + 1, i -> i == lists
                ? Optional.of(writeLists(folder, msg, plan, system -> systems.contains(system.page()), false))
                : reviews.render(replanned.get(i)));
        return new BuiltSite(written.get(lists).orElseThrow(), plan);
    }

    /** Writes every review, its system page and the index, the assets and the fixed pages. */
    private BuiltSite write(ReviewSource source, Path folder) throws IOException {
        Messages msg = Messages.forLanguage(options.language());
        ReviewFilesWriter reviews = reviewWriter(msg, folder);
        SitePlanner planner = new SitePlanner();
        for (int from = 0; from < source.size(); from += BATCH) {
            List<Slot> slots = Slot.lookUp(source, from, Math.min(source.size(), from + BATCH), cache);
            List<PlannedReview> batch = Slot.plan(source, slots, planner);
            writeAll(source, slots, batch, reviews).forEach(planner::keep);
        }
        SitePlan plan = planner.finish();
        return new BuiltSite(writeLists(folder, msg, plan, system -> true, true), plan);
    }

    /** The writer of the reviews' files into {@code folder}, whose folders for them it creates. */
    private ReviewFilesWriter reviewWriter(Messages msg, Path folder) throws IOException {
        Files.createDirectories(folder.resolve("reviews"));
        Files.createDirectories(folder.resolve("systems"));
        return new ReviewFilesWriter(renderer, msg, folder, options, charts, exports, history, cache);
    }

    /** Writes the index and the system pages {@code rewrite} accepts, and with {@code all} the fixed pages. */
    private SiteSummary writeLists(Path folder, Messages msg, SitePlan plan, Predicate<PlannedSystem> rewrite,
                                   boolean all) throws IOException {
        rows.nextBuild();
        renderer.nextBuild();
        ListPageBuilder lists = new ListPageBuilder(msg, options.tolerance(), rows);
        List<PlannedSystem> pages = plan.systems().stream().filter(PlannedSystem::hasPage).toList();
        for (PlannedSystem system : pages) {
            if (rewrite.test(system)) {
                SiteFiles.write(folder.resolve(system.page()), renderer.render("system.ftlh",
                        lists.system(system, options.frame(msg, UP, system.name()), trend(system))));
            }
        }
        IndexPage index = lists.index(plan, options.frame(msg, "", msg.text("index.title")));
        SiteFiles.write(folder.resolve("index.html"), renderer.render("index.ftlh", index));
        if (all) {
            writeFixedPages(folder, msg, lists, plan);
        }
        return new SiteSummary(plan.reviews().size(), pages.size(), index.totals(), options.hasBaseUrl());
    }

    /** The pages that depend only on the site's links and options: the 404 page, the sitemap, the assets. */
    private void writeFixedPages(Path folder, Messages msg, ListPageBuilder lists, SitePlan plan)
            throws IOException {
        String notFoundRoot = options.hasBaseUrl() ? options.baseDirectoryUrl() : "";
        SiteFiles.write(folder.resolve("404.html"), renderer.render("404.ftlh",
                new NotFoundPage(options.frame(msg, notFoundRoot, msg.text("notFound.title")))));
        if (options.hasBaseUrl()) {
            SiteFiles.write(folder.resolve("sitemap.xml"), renderer.render("sitemap.ftlx",
                    lists.sitemap(plan, options.baseUrl())));
        }
        theme.copyAssets(folder.resolve("assets"));
    }

    /** The system's trend; a chart that cannot be drawn leaves the page without it rather than stopping the site. */
    private List<RenderedChart> trend(PlannedSystem system) {
        try {
            return charts.trend(system.name(), system.versions().stream().map(v -> v.document().result()).toList());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Writes (or links) the files of the reviews of a batch, in parallel; returns what the index and system pages
     * keep of them: their summaries.
     */
    private static List<PlannedReview> writeAll(ReviewSource source, List<Slot> slots, List<PlannedReview> batch,
                                                ReviewFilesWriter reviews) throws IOException {
        return ParallelWork.all(batch.size(), i -> reviews.write(source, slots.get(i), batch.get(i)));
    }

}
