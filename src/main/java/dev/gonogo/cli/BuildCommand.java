package dev.gonogo.cli;

import dev.gonogo.chart.Charts;
import dev.gonogo.check.Severity;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.FoundFiles;
import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.pipeline.UnreadableFile;
import dev.gonogo.site.JsonReviewExports;
import dev.gonogo.site.OutputGuard;
import dev.gonogo.site.ReviewSource;
import dev.gonogo.site.DrawnSiteCharts;
import dev.gonogo.site.SiteGenerator;
import dev.gonogo.site.SiteHistory;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.SitePublisher;
import dev.gonogo.site.SiteSummary;
import dev.gonogo.site.Theme;
import dev.gonogo.site.cache.RenderCache;
import dev.gonogo.site.page.SeverityCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonogo build}: publishes the static site of a folder of reviews. */
@Command(name = "build", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = {"Build the static site (index, review pages, source views, system pages, charts) from a "
                + "folder of reviews. The site is built beside the output folder and swapped in only when complete.",
                "Without --base-url no sitemap.xml is written (sitemaps need absolute URLs)."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteInputs inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT_DIR", defaultValue = "site",
            description = "Output folder, replaced as a whole. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is served from; enables sitemap.xml.")
    String baseUrl;

    @Option(names = "--language", paramLabel = "LANG",
            description = "Interface language: en or ru. Default: language: in gonogo.yml, else en.")
    String language;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            converter = FailThreshold.Converter.class,
            description = "Exit 1 when a finding is at least this severe: error, warning, info, or none (default: "
                    + "the site is published and the build exits 0 whatever it finds).")
    FailThreshold failOn;

    @Option(names = "--no-history", description = "Leave out each review's history from git (faster on a "
            + "repository with a long history). Without it, versions already checked are cached in "
            + ".OUT_DIR-cache/ beside the output folder.")
    boolean noHistory;

    @Option(names = "--no-cache", description = "Render every review again. Without it, a review whose file, "
            + "page name and history are unchanged since the published build is linked from that build "
            + "(the cache is in .OUT_DIR-cache/ beside the output folder; the output is the same either way).")
    boolean noCache;

    @Option(names = "--force", description = "Replace a non-empty output folder that gonogo did not create.")
    boolean force;

    @Option(names = "--timestamp", description = "Print the build time in page footers "
            + "(SOURCE_DATE_EPOCH, when set, gives the time; by default pages carry no time, so builds are "
            + "byte-identical).")
    boolean timestamp;

    @Spec
    CommandSpec spec;

    private final Environment environment;
    private final Clock clock;

    BuildCommand(Environment environment) {
        this(environment, Clock.systemUTC());
    }

    BuildCommand(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        GonogoConfig config = inputs.config();
        SiteOptions options = new SiteOptions(language(config), baseUrl(), buildTime(),
                config.checkSettings().tolerance());
        Theme chosenTheme = inputs.theme();
        List<OutputGuard.Protected> protect = new ArrayList<>();
        protect.add(new OutputGuard.Protected("content", inputs.content));
        chosenTheme.folder().ifPresent(folder -> protect.add(new OutputGuard.Protected("theme", folder)));
        String home = System.getProperty("user.home");
        new OutputGuard(home == null ? null : Path.of(home)).check(output, protect, force);
        Path content = inputs.contentFolder();
        FoundFiles found = ReviewFiles.find(List.of(content));
        if (!found.ignored().isEmpty()) {
            spec.commandLine().getErr().println("gonogo: " + found.ignoredNotice());
        }
        List<ReviewFile> files = found.reviews().stream()
                .map(file -> new ReviewFile(file.file(), pathInContent(content, file.file())))
                .sorted(Comparator.comparing(ReviewFile::displayPath))
                .toList();
        ReviewPipeline pipeline = ReviewPipeline.of(config);
        ReviewLoader loader = new ReviewLoader(pipeline);
        ReviewSource reviews = loader.source(files);
        SiteSummary summary;
        RenderCache cache = noCache ? RenderCache.none() : RenderCache.open(
                GitSiteHistory.cacheFileFor(output).resolveSibling("rendered"), output,
                BuildFingerprint.of(config, options, inputs.themeFolder, noHistory));
        try (GitSiteHistory history = GitSiteHistory.open(pipeline, new Charts(options.language()), content,
                GitSiteHistory.cacheFileFor(output), config.toString())) {
            SiteGenerator generator = new SiteGenerator(chosenTheme, options,
                    new DrawnSiteCharts(options.language()), new JsonReviewExports(),
                    noHistory ? SiteHistory.NONE : history, cache);
            summary = new SitePublisher().publish(output, folder -> generator.generate(reviews, folder));
            history.save();
            cache.commit();
        }
        printSummary(summary);
        // the site is published with a page saying why for each file that could not be read; the exit code says so
        List<UnreadableFile> unreadable = loader.unreadable();
        unreadable.forEach(file -> spec.commandLine().getErr().println("gonogo: " + file.message()));
        if (!unreadable.isEmpty()) {
            return ExitCode.INPUT;
        }
        return failsAt(summary.findings()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Whether a finding is at least as severe as {@code --fail-on}; never without it. */
    private boolean failsAt(SeverityCounts findings) {
        Severity threshold = failOn.orNull();
        if (threshold == null) {
            return false;
        }
        return findings.errors() > 0
                || (Severity.WARNING.isAtLeast(threshold) && findings.warnings() > 0)
                || (Severity.INFO.isAtLeast(threshold) && findings.infos() > 0);
    }

    /** Pages name a review by its path inside the content folder, so no machine path reaches the site. */
    private static String pathInContent(Path content, Path file) {
        return content.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private void printSummary(SiteSummary summary) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Built %d review%s of %d system%s into %s%n", summary.reviews(),
                summary.reviews() == 1 ? "" : "s", summary.systems(), summary.systems() == 1 ? "" : "s", output);
        out.printf(Locale.ROOT, "Findings: %d error(s), %d warning(s), %d info%n", summary.findings().errors(),
                summary.findings().warnings(), summary.findings().infos());
        out.printf(Locale.ROOT, "Open %s%n", output.resolve("index.html"));
        if (!summary.sitemap()) {
            out.println("No sitemap.xml: give --base-url to write one.");
        }
    }

    /** The interface language: the option, else {@code language:} of gonogo.yml. */
    private Locale language(GonogoConfig config) {
        if (language == null) {
            return Locale.forLanguageTag(config.language().toString());
        }
        String tag = language.strip().toLowerCase(Locale.ROOT);
        if (!tag.equals("en") && !tag.equals("ru")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--language must be en or ru, not '" + language + "'");
        }
        return Locale.forLanguageTag(tag);
    }

    private String baseUrl() {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        try {
            URI uri = new URI(baseUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--base-url must be an absolute http(s) URL, not '" + baseUrl + "'");
    }

    /** The time printed in footers: none unless asked for, SOURCE_DATE_EPOCH winning over the clock. */
    private Instant buildTime() {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (!epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + epoch + "'");
            }
        }
        return timestamp ? clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) : null;
    }
}
