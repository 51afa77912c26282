package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.site.page.ReviewDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of a site built from hand-made checked reviews, asserted with jsoup selectors. */
class SiteGeneratorTest {
    private static final String SEED_PAGE = "reviews/x0tta6bl4-3.4.0-fixed2.html";
    private static final String SEED_SOURCE = "reviews/x0tta6bl4-3.4.0-fixed2.source.html";
    private static final String EARLIER_PAGE = "reviews/x0tta6bl4-3.3.0.html";
    private static final String SYSTEM_PAGE = "systems/x0tta6bl4.html";

    @TempDir
    static Path temp;
    static GeneratedSite site;

    @BeforeAll
    static void build() {
        List<ReviewDocument> documents = List.of(SiteFixtures.seed(), SiteFixtures.earlier(),
                SiteFixtures.empty("broken/empty.md"));
        site = GeneratedSite.generate(temp.resolve("site"), documents);
    }

    @Test
    void indexListsEveryReviewGroupedBySystem() {
        Document index = site.page("index.html");
        Elements groups = index.select("section.system-group");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).selectFirst("h2").text()).isEqualTo("x0tta6bl4");
        assertThat(groups.get(0).selectFirst("h2 a").attr("href")).isEqualTo(SYSTEM_PAGE);
        assertThat(groups.get(1).selectFirst("h2 a")).as("reviews without a system have no system page").isNull();

        Elements rows = groups.get(0).select("table.reviews tbody tr[data-row]");
        assertThat(rows).extracting(r -> r.selectFirst("th a").text()).containsExactly("3.3.0", "3.4.0-fixed2");
        Element seed = rows.get(1);
        assertThat(seed.selectFirst("th a").attr("href")).isEqualTo(SEED_PAGE);
        assertThat(seed.select("td").get(0).text()).isEqualTo("2026-01-10");
        assertThat(seed.select("td").get(2).text()).isEqualTo("83.5%");
        assertThat(seed.select("td.mismatch").text()).startsWith("85.7");
        assertThat(seed.select("td .tone").text()).isEqualTo("Go with conditions");
        assertThat(seed.select("td.num").eachText()).endsWith("1", "0", "0");
        assertThat(rows.get(0).select("td.mismatch")).as("3.3.0 agrees with its matrix").isEmpty();
        assertThat(index.select("[data-filter] input[type=search]")).hasSize(1);
        assertThat(index.selectFirst("[data-filter]").hasAttr("hidden")).as("filter shown only with JS").isTrue();
    }

    @Test
    void reviewPageShowsStatedAgainstComputedScoreWithTheArithmetic() {
        Document page = site.page(SEED_PAGE);
        Element score = page.selectFirst("section#score");
        assertThat(score.hasClass("score-mismatch")).isTrue();
        assertThat(score.selectFirst("[data-score=stated]").text()).isEqualTo("83.5%");
        assertThat(score.selectFirst("[data-score=stated] a").attr("href")).isEqualTo("x0tta6bl4-3.4.0-fixed2.source.html#L150");
        assertThat(score.selectFirst("[data-score=computed]").text()).isEqualTo("85.7");
        assertThat(score.selectFirst("[data-score=exact]").text()).contains("85.65");
        assertThat(score.selectFirst(".score-verdict.disagree").text()).contains("85.7", "83.5%", "+2.2");
        assertThat(score.select("table.matrix tbody tr")).hasSize(5);
        assertThat(score.select("table.matrix tbody tr").get(1).select("td").stream().map(Element::text))
                .containsExactly("25%", "85", "21.25", "stability test running");
        assertThat(score.selectFirst("[data-score=total]").text()).isEqualTo("85.65");
        assertThat(score.selectFirst(".arithmetic code").text())
                .isEqualTo("30% × 95 + 25% × 85 + 20% × 97 + 15% × 70 + 10% × 60 = 28.5 + 21.25 + 19.4 + 10.5 + 6 = 85.65");
    }

    @Test
    void reviewPageLinksEachFindingToItsSourceLine() {
        Document page = site.page(SEED_PAGE);
        Element finding = page.selectFirst("#findings li.finding[data-rule=score-mismatch]");
        assertThat(finding.hasClass("finding-error")).isTrue();
        assertThat(finding.selectFirst("a.finding-line").attr("href")).endsWith("#L150");
        assertThat(finding.selectFirst("a.finding-line").attr("href")).isEqualTo("x0tta6bl4-3.4.0-fixed2.source.html#L150");
        assertThat(finding.select("ul.related a").attr("href")).endsWith("#L142");
    }

    @Test
    void reviewPageHasHeaderVerdictChartsTablesAndDocument() {
        Document page = site.page(SEED_PAGE);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Production Readiness Review - Go/No-Go Decision");
        assertThat(page.select(".facts dd").eachText()).contains("x0tta6bl4", "3.4.0-fixed2", "2026-01-10");
        Element verdict = page.selectFirst("section.verdict");
        assertThat(verdict.hasClass("verdict-conditional")).isTrue();
        assertThat(verdict.selectFirst(".recommendation a").text()).isEqualTo("GO для Beta Launch (Jan 11-12)");
        assertThat(verdict.select("ul.conditions li")).hasSize(1);

        Element chart = page.selectFirst("figure.chart-figure#fig-matrix");
        assertThat(chart.select("svg rect.bar")).hasSize(1);
        assertThat(chart.select("details.chart-data table tbody tr")).hasSize(5);

        Elements metrics = page.select("table.metrics tbody tr");
        assertThat(metrics).hasSize(2);
        assertThat(metrics.get(0).selectFirst(".outcome").hasClass("outcome-no-target")).isTrue();
        assertThat(metrics.get(1).selectFirst(".outcome").hasClass("outcome-met")).isTrue();

        Elements groups = page.select(".checklist-group");
        assertThat(groups.eachText()).hasSize(2);
        assertThat(groups.get(0).selectFirst("h3").text()).isEqualTo("Technical Readiness");
        assertThat(groups.get(1).selectFirst("progress").attr("value")).isEqualTo("1");
        assertThat(groups.get(1).selectFirst("progress").attr("max")).isEqualTo("2");

        assertThat(page.select("table.timeline tbody tr")).hasSize(1);
        assertThat(page.select("table.risks tbody tr")).hasSize(1);
        assertThat(page.select("table.actions tbody tr")).hasSize(1);
        assertThat(page.select(".test h3 a").text()).isEqualTo("Stability Test");

        Element document = page.selectFirst("section.document .markdown");
        assertThat(document.select("h3").first().text()).isEqualTo("Production Readiness Review - Go/No-Go Decision");
        assertThat(document.select("span.badge.badge-done")).isNotEmpty();
        assertThat(document.select(".table-wrap > table")).hasSize(1);
        assertThat(page.select("section.files a").eachAttr("href")).containsExactly(
                "x0tta6bl4-3.4.0-fixed2.source.html", "x0tta6bl4-3.4.0-fixed2.model.json",
                "x0tta6bl4-3.4.0-fixed2.findings.json");
    }

    @Test
    void sourceViewNumbersEveryLineAndFlagsFindings() {
        Document source = site.page(SEED_SOURCE);
        Elements lines = source.select("table.source tbody tr");
        assertThat(lines).hasSize(254);
        Element line150 = source.getElementById("L150");
        assertThat(line150.selectFirst("td.ln a").attr("href")).isEqualTo("#L150");
        assertThat(line150.selectFirst("td.code code").text()).isEqualTo("**Overall Score:** **83.5%** (Go with conditions)");
        assertThat(line150.hasClass("flagged-error")).isTrue();
        assertThat(line150.selectFirst(".line-finding code.rule").text()).isEqualTo("score-mismatch");
        assertThat(source.select("tr.flagged")).hasSize(1);
        assertThat(source.getElementById("L1").selectFirst("code").text())
                .isEqualTo("# Production Readiness Review - Go/No-Go Decision");
    }

    @Test
    void systemPageListsVersionsInOrderWithTheTrend() {
        Document system = site.page(SYSTEM_PAGE);
        assertThat(system.selectFirst("h1").text()).isEqualTo("x0tta6bl4");
        assertThat(system.select("table.reviews tbody th a").eachText()).containsExactly("3.3.0", "3.4.0-fixed2");
        assertThat(system.select("table.reviews tbody th a").eachAttr("href"))
                .containsExactly("../" + EARLIER_PAGE, "../" + SEED_PAGE);
        assertThat(system.select("figure#fig-trend svg polyline")).hasSize(1);
        assertThat(system.select("figure#fig-trend table tbody tr")).hasSize(2);
    }

    @Test
    void brokenReviewStillGetsAPageWithItsProblems() {
        Document page = site.page("reviews/empty.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("empty.md");
        assertThat(page.select("ul.problems li").eachText()).containsExactly("the file is empty");
        assertThat(page.selectFirst("section#score").text()).contains("no overall score");
    }

    @Test
    void everyPageLinksOnlyRelativelyToFilesThatExist() {
        for (String path : List.of("index.html", SEED_PAGE, SEED_SOURCE, SYSTEM_PAGE, "reviews/empty.html")) {
            Document page = site.page(path);
            for (Element link : page.select("a[href], link[href], script[src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                assertThat(target).as("%s in %s", target, path).doesNotStartWith("/").doesNotContain("//");
                String file = target.replaceFirst("#.*$", "");
                if (!file.isEmpty()) {
                    Path resolved = site.folder.resolve(path).getParent().resolve(file).normalize();
                    assertThat(resolved).as("%s in %s", target, path).exists();
                }
            }
            assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .contains("script-src 'self'").doesNotContain("unsafe-eval");
            assertThat(page.select("script:not([src])")).as("no inline script in %s", path).isEmpty();
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        }
    }

    @Test
    void notFoundPageAndAssetsArePublishedButNoSitemapWithoutBaseUrl() {
        assertThat(site.page("404.html").selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(site.folder.resolve("assets/site.css")).isRegularFile();
        assertThat(site.folder.resolve("assets/site.js")).isRegularFile();
        assertThat(site.folder.resolve("sitemap.xml")).doesNotExist();
        assertThat(site.text("reviews/x0tta6bl4-3.4.0-fixed2.model.json")).contains("\"statedScore\"");
        assertThat(site.text("reviews/x0tta6bl4-3.4.0-fixed2.findings.json")).contains("\"score-mismatch\"");
    }

    @Test
    void sitemapListsAbsoluteUrlsWithABaseUrl(@TempDir Path folder) {
        GeneratedSite withBase = GeneratedSite.generate(folder.resolve("site"), List.of(SiteFixtures.seed()),
                new SiteOptions(Locale.ENGLISH, "https://example.org/prr", null, CheckSettings.DEFAULT_TOLERANCE));
        Document sitemap = org.jsoup.Jsoup.parse(withBase.text("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText()).containsExactly("https://example.org/prr/",
                "https://example.org/prr/reviews/x0tta6bl4-3.4.0-fixed2.html",
                "https://example.org/prr/systems/x0tta6bl4.html");
        assertThat(withBase.page("404.html").selectFirst("link[rel=stylesheet]").attr("href"))
                .isEqualTo("https://example.org/prr/assets/site.css");
    }

    @Test
    void russianInterfaceUsesRussianLabels(@TempDir Path folder) {
        GeneratedSite russian = GeneratedSite.generate(folder.resolve("site"), List.of(SiteFixtures.seed()),
                new SiteOptions(Locale.forLanguageTag("ru"), "", null, CheckSettings.DEFAULT_TOLERANCE));
        Document page = russian.page(SEED_PAGE);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(page.selectFirst("#score-heading").text()).isEqualTo("Оценка");
        assertThat(russian.page("index.html").selectFirst("h1").text()).isEqualTo("Обзоры готовности к эксплуатации");
    }

    @Test
    void timestampAppearsOnlyWhenAsked(@TempDir Path folder) {
        assertThat(site.page("index.html").select("footer time")).isEmpty();
        GeneratedSite stamped = GeneratedSite.generate(folder.resolve("site"), List.of(SiteFixtures.seed()),
                new SiteOptions(Locale.ENGLISH, "", Instant.parse("2026-01-10T12:00:00Z"),
                        CheckSettings.DEFAULT_TOLERANCE));
        assertThat(stamped.page("index.html").selectFirst("footer time").attr("datetime"))
                .isEqualTo("2026-01-10T12:00:00Z");
    }

    @Test
    void twoReviewsThatWouldShareAPageBothKeepOne(@TempDir Path folder) {
        GeneratedSite twins = GeneratedSite.generate(folder.resolve("site"), List.of(SiteFixtures.seed(),
                SiteFixtures.copy(SiteFixtures.seed(), "copy/" + SiteFixtures.SEED_FILE)));
        assertThat(twins.page("index.html").select("tr[data-row] th a").eachAttr("href"))
                .containsExactlyInAnyOrder("reviews/x0tta6bl4-3.4.0-fixed2.html",
                        "reviews/x0tta6bl4-3.4.0-fixed2-2.html");
        assertThat(Files.exists(twins.folder.resolve("reviews/x0tta6bl4-3.4.0-fixed2-2.source.html"))).isTrue();
    }
}
