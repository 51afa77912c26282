package dev.gonogo.bench;

import dev.gonogo.chart.Charts;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.site.DrawnSiteCharts;
import dev.gonogo.site.JsonReviewExports;
import dev.gonogo.site.SiteGenerator;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.SiteSummary;
import dev.gonogo.site.Theme;
import dev.gonogo.site.page.DocumentRenderer;
import dev.gonogo.site.page.Messages;
import dev.gonogo.site.page.ReviewDocument;
import dev.gonogo.source.SourceDocument;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-document cost of the site stages on the seed review: its Markdown as sanitised HTML, its three charts, and the
 * whole of one review's share of a build (review page with charts, source view, the two JSON files, plus the index and
 * 404 pages and the asset copy that a one-review site adds). Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SiteBenchmarks {

    private final DocumentRenderer markdown = new DocumentRenderer();
    private final Messages msg = Messages.forLanguage(Locale.ENGLISH);
    private final Charts charts = new Charts(Locale.ENGLISH);
    private final SiteGenerator generator = new SiteGenerator(Theme.defaultTheme(), SiteOptions.defaults(),
            new DrawnSiteCharts(Locale.ENGLISH), new JsonReviewExports());
    private ReviewDocument document;
    private Path sites;
    private int siteNumber;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        byte[] bytes;
        try (InputStream in = SiteBenchmarks.class.getResourceAsStream("/seed/prr-x0tta6bl4-v3.4.0.md")) {
            bytes = in.readAllBytes();
        }
        SourceDocument source = new SourceReader().decode(bytes, "prr-x0tta6bl4-v3.4.0.md");
        ReviewResult result = Rules.checker(CheckSettings.defaults())
                .check(new ReviewParser(Vocabulary.defaults()).parse(source));
        document = new ReviewDocument(result, source.text());
        sites = Files.createTempDirectory("gonogo-bench-sites-");
    }

    @TearDown(Level.Iteration)
    public void removeSites() throws IOException {
        try (Stream<Path> files = Files.walk(sites)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(sites)).forEach(p -> p.toFile().delete());
        }
    }

    @TearDown(Level.Trial)
    public void removeFolder() throws IOException {
        Files.deleteIfExists(sites);
    }

    /** The review's Markdown as sanitised HTML with status badges (flexmark, jsoup cleaner, badges). */
    @Benchmark
    public String markdownToHtml() {
        return markdown.render(document.text(), document.result().review(), msg);
    }

    /** The review page's three charts (matrix, checklist, metrics) drawn with JFreeChart into SVG. */
    @Benchmark
    public List<RenderedChart> reviewCharts() {
        return charts.forReview(document.result());
    }

    /** A whole one-review site written to disk: what one more review adds to a build, plus the fixed pages. */
    @Benchmark
    public SiteSummary oneReviewSite() throws IOException {
        Path folder = Files.createDirectory(sites.resolve("site-" + siteNumber++));
        return generator.generate(List.of(document), folder);
    }
}
