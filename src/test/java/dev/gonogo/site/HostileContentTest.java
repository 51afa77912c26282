package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review full of scripts, handlers, hostile URLs and template syntax publishes as inert text. */
class HostileContentTest {
    @TempDir
    static Path temp;
    static GeneratedSite site;
    static String reviewPage;
    static String sourcePage;
    static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/site/hostile.md"), StandardCharsets.UTF_8);
        ReviewDocument hostile = SiteFixtures.hostile(text);
        site = GeneratedSite.generate(temp.resolve("site"), List.of(hostile));
        reviewPage = site.page("index.html").selectFirst("tr[data-row] th a").attr("href");
        sourcePage = reviewPage.replace(".html", ".source.html");
        pages = List.of("index.html", reviewPage, sourcePage, "404.html", site.page("index.html")
                .selectFirst("h2 a").attr("href"));
    }

    @Test
    void noPageCarriesScriptsOtherThanOurOwnFile() {
        for (String path : pages) {
            Document page = site.page(path);
            assertThat(page.select("script").eachAttr("src")).as(path).containsExactly(page.selectFirst("script")
                    .attr("src"));
            assertThat(page.select("script").attr("src")).as(path).endsWith("assets/site.js");
            assertThat(page.select("iframe, form, input:not([type=search]), object, embed, base, style, img, button"))
                    .as(path).isEmpty();
            assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).as(path).hasSize(1)
                    .allMatch(href -> href.endsWith("assets/site.css"));
            assertThat(page.select("meta[http-equiv=refresh]")).as(path).isEmpty();
        }
    }

    @Test
    void noElementHasEventHandlersStylesOrScriptUrls() {
        for (String path : pages) {
            for (Element element : site.page(path).getAllElements()) {
                element.attributes().forEach(attribute -> {
                    assertThat(attribute.getKey()).as("%s in %s", attribute, path).doesNotStartWith("on");
                    assertThat(attribute.getKey()).as("%s in %s", attribute, path).isNotEqualTo("style");
                    assertThat(attribute.getValue().replaceAll("\\s", "").toLowerCase())
                            .as("%s in %s", attribute, path)
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                });
            }
        }
    }

    @Test
    void templateSyntaxIsShownAsWrittenNeverEvaluated() {
        Document page = site.page(reviewPage);
        Element document = page.selectFirst("section.document .markdown");
        assertThat(document.text()).contains("${7*7}", "<#assign x = 1>", "[#assign y = 2]", "#{7*7}", "<@macro/>");
        assertThat(document.text()).doesNotContain("49");
        assertThat(page.selectFirst(".facts dd").text()).isEqualTo("Evil ${7*7} <#assign x=1>");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Hostile <script>alert(1)</script> ${7*7}");
        assertThat(page.title()).startsWith("Evil ${7*7} <#assign x=1> <b>1.0</b>");
    }

    @Test
    void reviewTextInFindingsProblemsAndHeadersIsEscaped() {
        Document page = site.page(reviewPage);
        assertThat(page.selectFirst("#findings li.finding").text())
                .contains("<a href=\"javascript:alert(1)\">x</a> ${7*7}");
        assertThat(page.select("#findings li.finding a").eachAttr("href"))
                .allMatch(href -> sourcePage.endsWith(href.replaceFirst("#.*", "")));
        assertThat(page.selectFirst("ul.problems li").text()).contains("<script>alert('problem')</script>");
        Document source = site.page(sourcePage);
        assertThat(source.getElementById("L6").selectFirst("code").text())
                .isEqualTo("<script>alert(\"script tag\")</script>");
    }

    @Test
    void harmlessMarkupAndLinkTextSurvive() {
        Element document = site.page(reviewPage).selectFirst("section.document .markdown");
        assertThat(document.text()).contains("click me", "encoded link", "data link", "markdown js link",
                "markdown data link");
        assertThat(document.select("a")).as("links that lost their URL are unwrapped (<a rel> without href is "
                + "invalid HTML)").isEmpty();
        assertThat(document.select("b").text()).isEqualTo("Security");
        assertThat(document.select(".table-wrap table td").eachText()).contains("100%", "90");
        assertThat(document.select("code").text()).contains("<script>alert(\"in code\")</script>", "✅");
        assertThat(document.select("code span.badge")).as("marks in code stay as written").isEmpty();
        assertThat(document.select("li span.badge-done")).isNotEmpty();
        assertThat(document.select("li span.badge-open")).hasSize(1);
    }
}
