package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gonogo build} end to end through {@link Main#run}: exit codes, summary, publishing and refusals. */
class BuildCommandTest {
    @TempDir
    Path temp;
    Path content;
    Path out;

    @BeforeEach
    void copyContent() throws IOException {
        content = Files.createDirectories(temp.resolve("content"));
        for (String file : new String[] {"prr-x0tta6bl4-v3.4.0.md", "prr-x0tta6bl4-v3.3.0.md",
            "prr-ledger-service-2.8.0.md"}) {
            Files.copy(Path.of("content", file), content.resolve(file));
        }
        out = temp.resolve("site");
    }

    @Test
    void buildsTheSiteAndPrintsASummary() {
        Main.Result result = Main.capture("build", content.toString(), "-o", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Built 3 reviews").contains("Findings:").contains("index.html")
                .contains("--base-url");
        assertThat(result.err()).isEmpty();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve(".gonogo-site")).isRegularFile();
    }

    @Test
    void seedPageShowsStatedAndComputedScoreAndTheMismatchLinkedToItsLine() throws IOException {
        assertThat(Main.capture("build", content.toString(), "-o", out.toString()).exitCode()).isZero();
        Document page = Jsoup.parse(out.resolve("reviews/x0tta6bl4-3.4.0-fixed2.html").toFile(), "UTF-8");
        assertThat(page.selectFirst("[data-score=stated]").text()).isEqualTo("83.5%");
        assertThat(page.selectFirst("[data-score=computed]").text()).isEqualTo("85.7");
        assertThat(page.selectFirst("[data-score=exact]").text()).contains("85.65");
        Element mismatch = page.selectFirst("#findings li.finding[data-rule=score-mismatch]");
        assertThat(mismatch.selectFirst("a.finding-line").attr("href"))
                .isEqualTo("x0tta6bl4-3.4.0-fixed2.source.html#L150");
        assertThat(mismatch.text()).contains("83.5%", "85.65", "85.7");
        Document source = Jsoup.parse(out.resolve("reviews/x0tta6bl4-3.4.0-fixed2.source.html").toFile(), "UTF-8");
        assertThat(source.getElementById("L150").select(".line-finding code.rule").eachText())
                .contains("score-mismatch");

        Document system = Jsoup.parse(out.resolve("systems/x0tta6bl4.html").toFile(), "UTF-8");
        assertThat(system.select("table.reviews tbody th a").eachText()).containsExactly("3.3.0", "3.4.0-fixed2");
    }

    @Test
    void pagesNameReviewsByTheirPathInTheContentFolderNeverByAMachinePath() throws IOException {
        assertThat(Main.capture("build", content.toAbsolutePath().toString(), "-o", out.toString()).exitCode())
                .isZero();
        Document page = Jsoup.parse(out.resolve("reviews/x0tta6bl4-3.4.0-fixed2.html").toFile(), "UTF-8");
        assertThat(page.selectFirst("a[href=x0tta6bl4-3.4.0-fixed2.source.html]").text())
                .isEqualTo("prr-x0tta6bl4-v3.4.0.md");
        try (var files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s", file)
                        .doesNotContain(temp.toAbsolutePath().toString());
            }
        }
    }

    @Test
    void drawsTheReviewChartsWithTheirDataAndTheSystemTrend() throws IOException {
        assertThat(Main.capture("build", content.toString(), "-o", out.toString()).exitCode()).isZero();
        Document page = Jsoup.parse(out.resolve("reviews/x0tta6bl4-3.4.0-fixed2.html").toFile(), "UTF-8");
        assertThat(page.select("figure.chart-figure").eachAttr("id"))
                .containsExactly("fig-matrix", "fig-checklist", "fig-metrics");
        Element matrix = page.getElementById("fig-matrix");
        assertThat(matrix.selectFirst(".chart-svg svg[role=img]")).isNotNull();
        assertThat(matrix.select(".chart-data tbody tr")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(matrix.select(".chart-data tbody th").eachText()).contains("Technical Readiness", "Observability");

        Document system = Jsoup.parse(out.resolve("systems/x0tta6bl4.html").toFile(), "UTF-8");
        assertThat(system.select("figure.chart-figure").eachAttr("id")).containsExactly("fig-trend");
        assertThat(system.select("#fig-trend .chart-data tbody th").eachText()).contains("3.3.0", "3.4.0-fixed2");
    }

    @Test
    void failOnMakesFindingsFailTheBuildButStillPublishes() {
        Main.Result result = Main.capture("build", content.toString(), "-o", out.toString(), "--fail-on", "error");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void languageComesFromGonogoYmlUnlessGiven() throws IOException {
        Files.writeString(content.resolve("gonogo.yml"), "language: ru\n");
        assertThat(Main.capture("build", content.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").selectFirst("html").attr("lang"))
                .isEqualTo("ru");
        assertThat(Main.capture("build", content.toString(), "-o", out.toString(), "--language", "en").exitCode())
                .isZero();
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").selectFirst("html").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void anUnreadableReviewGetsAPageWithItsProblemInsteadOfStoppingTheBuild() throws IOException {
        Files.write(content.resolve("binary.md"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 0x7f});
        Main.Result result = Main.capture("build", content.toString(), "-o", out.toString());
        // the site is published, and the exit code and stderr say that one file could not be read
        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).isEqualTo("gonogo: binary.md: not a text file: NUL byte at line 1 (offset 0)\n");
        assertThat(result.out()).contains("Built 4 reviews");
        Document page = Jsoup.parse(out.resolve("reviews/binary.html").toFile(), "UTF-8");
        assertThat(page.select("ul.problems li")).hasSize(1);
    }

    @Test
    void pagesCarryATimeOnlyWithSourceDateEpochOrTimestamp() throws IOException {
        Environment none = new Environment(Map.of(), false);
        assertThat(Main.capture(none, "build", content.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("footer time")).isEmpty();
        Environment epoch = new Environment(Map.of("SOURCE_DATE_EPOCH", "1768046400"), false);
        assertThat(Main.capture(epoch, "build", content.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").selectFirst("footer time")
                .attr("datetime")).isEqualTo("2026-01-10T12:00:00Z");
        assertThat(Main.capture(none, "build", content.toString(), "-o", out.toString(), "--timestamp").exitCode())
                .isZero();
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("footer time")).hasSize(1);
    }

    @Test
    void rebuildsOverItsOwnSite() {
        assertThat(Main.capture("build", content.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Main.capture("build", content.toString(), "-o", out.toString()).exitCode()).isZero();
    }

    @Test
    void aThemeTemplateThatFailsLeavesThePreviousSiteIntact() throws IOException {
        assertThat(Main.capture("build", content.toString(), "-o", out.toString()).exitCode()).isZero();
        String before = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        Path theme = Files.createDirectories(temp.resolve("theme/templates"));
        Files.writeString(theme.resolve("index.ftlh"), "${noSuchVariable.value}");

        Main.Result result = Main.capture("build", content.toString(), "-o", out.toString(),
                "--theme", temp.resolve("theme").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).contains("index.ftlh").doesNotContain("\tat ");
        assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo(before);
        try (var siblings = Files.list(temp)) {
            // no half-written site is left; .site-cache is the render cache of the first, published build
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(".site-cache", "content", "site", "theme");
        }
    }

    @Test
    void refusesAnOutputFolderItDidNotCreate() throws IOException {
        Path foreign = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");
        Main.Result result = Main.capture("build", content.toString(), "-o", foreign.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).contains("refusing").contains("--force");
        assertThat(foreign.resolve("keep.txt")).hasContent("mine");

        assertThat(Main.capture("build", content.toString(), "-o", content.resolve("site").toString()).err())
                .contains("inside the content folder");
        assertThat(Main.capture("build", content.toString(), "-o", foreign.toString(), "--force").exitCode())
                .isZero();
        assertThat(foreign.resolve("keep.txt")).doesNotExist();
    }

    @Test
    void rejectsBadOptionsAsUsageErrors() {
        assertThat(Main.capture("build", content.toString(), "-o", out.toString(), "--base-url", "example.org")
                .exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Main.capture("build", content.toString(), "-o", out.toString(), "--language", "de").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(Main.capture("build", content.toString(), "-o", out.toString(), "--fail-on", "fatal").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(out).doesNotExist();
    }

    @Test
    void missingContentFolderIsAnInputError() {
        Main.Result result = Main.capture("build", temp.resolve("nope").toString(), "-o", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).contains("content folder not found");
    }

    @Test
    void writesASitemapWithABaseUrl() {
        Main.Result result = Main.capture("build", content.toString(), "-o", out.toString(), "--base-url",
                "https://prr.example.org/releases/");
        assertThat(result.exitCode()).isZero();
        assertThat(out.resolve("sitemap.xml")).content().contains("<loc>https://prr.example.org/releases/</loc>");
    }
}
