package dev.gonogo.site.page;

import dev.gonogo.chart.RenderedChart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Fills the pages that list reviews: the index, the system pages and the sitemap. */
public final class ListPageBuilder {
    private final Messages msg;
    private final ReviewRows rows;
    private final RememberedRows remembered;

    /**
     * @param msg       interface labels
     * @param tolerance how far an approximate score may be from the computed one, in points of 100
     */
    public ListPageBuilder(Messages msg, BigDecimal tolerance) {
        this(msg, tolerance, RememberedRows.none());
    }

    /** A builder that reuses the rows {@code remembered} holds from the previous build. */
    public ListPageBuilder(Messages msg, BigDecimal tolerance, RememberedRows remembered) {
        this.msg = msg;
        this.rows = new ReviewRows(msg, tolerance);
        this.remembered = remembered;
    }

    public IndexPage index(SitePlan plan, PageFrame frame) {
        List<IndexPage.SystemGroup> groups = new ArrayList<>();
        SeverityCounts totals = new SeverityCounts(0, 0, 0);
        int n = 0;
        for (PlannedSystem system : plan.systems()) {
            List<ReviewRow> systemRows = rows(system, frame.root());
            for (ReviewRow row : systemRows) {
                totals = totals.plus(row.counts());
            }
            String name = system.name().isEmpty() ? msg.text("index.noSystem") : system.name();
            groups.add(new IndexPage.SystemGroup(name, "system-" + (++n),
                    system.hasPage() ? frame.root() + system.page() : "", systemRows));
        }
        return new IndexPage(frame, plan.reviews().size(), totals, groups);
    }

    public SystemPage system(PlannedSystem system, PageFrame frame, List<RenderedChart> charts) {
        List<ReviewRow> systemRows = rows(system, frame.root());
        SeverityCounts totals = systemRows.stream().map(ReviewRow::counts)
                .reduce(new SeverityCounts(0, 0, 0), SeverityCounts::plus);
        return new SystemPage(frame, system.name(), systemRows, totals, charts);
    }

    /** The sitemap's URLs: the index, then every system and review page, sorted. */
    public SitemapPage sitemap(SitePlan plan, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        List<String> pages = new ArrayList<>();
        plan.systems().stream().filter(PlannedSystem::hasPage).forEach(s -> pages.add(s.page()));
        plan.reviews().forEach(r -> pages.add(r.links().page()));
        pages.sort(null);
        List<String> urls = new ArrayList<>();
        urls.add(base);
        pages.forEach(p -> urls.add(base + p));
        return new SitemapPage(urls);
    }

    private List<ReviewRow> rows(PlannedSystem system, String root) {
        List<ReviewRow> result = new ArrayList<>();
        for (int i = 0; i < system.versions().size(); i++) {
            PlannedReview planned = system.versions().get(i);
            int rank = i + 1;
            result.add(remembered.row(planned, rank, root + planned.links().page(),
                    () -> rows.row(planned, rank, root)));
        }
        return result;
    }
}
