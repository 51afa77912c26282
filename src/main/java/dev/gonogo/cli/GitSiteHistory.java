package dev.gonogo.cli;

import dev.gonogo.chart.Charts;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.chart.TrendPoint;
import dev.gonogo.history.ReviewAnalyzer;
import dev.gonogo.history.git.FileVersionCache;
import dev.gonogo.history.git.GitHistory;
import dev.gonogo.history.git.HistoryPoint;
import dev.gonogo.history.git.ReviewHistory;
import dev.gonogo.history.git.VersionCache;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.site.SiteHistory;
import dev.gonogo.site.page.ReviewDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The review pages' history for {@code build} and {@code serve}: each review's commits read with
 * {@link GitHistory}, every old version checked with the same pipeline as the current one, and the score chart
 * drawn by {@link Charts}. Close it to release the repository.
 */
final class GitSiteHistory implements SiteHistory, AutoCloseable {
    private final GitHistory git;
    private final Charts charts;
    private final Path content;
    private final FileVersionCache savedCache;

    private GitSiteHistory(GitHistory git, Charts charts, Path content, FileVersionCache savedCache) {
        this.git = git;
        this.charts = charts;
        this.content = content;
        this.savedCache = savedCache;
    }

    /**
     * History whose analysed versions are kept in {@code cacheFile} between builds ({@code null}: in memory, for
     * a {@code serve} session).
     *
     * @param content       the content folder; reviews' paths are relative to it
     * @param configuration identifies the rules' settings, so a changed gonogo.yml re-checks old versions
     */
    static GitSiteHistory open(ReviewPipeline pipeline, Charts charts, Path content, Path cacheFile,
                               String configuration) {
        ReviewAnalyzer analyzer = (bytes, path) -> pipeline.check(pipeline.reader().decode(bytes, path));
        FileVersionCache file = cacheFile == null ? null : FileVersionCache.load(cacheFile);
        VersionCache cache = file == null ? VersionCache.inMemory() : file;
        return new GitSiteHistory(new GitHistory(analyzer, cache, fingerprint(configuration)), charts, content, file);
    }

    /** The cache file of a site written to {@code output}: beside it, so publishing the site never replaces it. */
    static Path cacheFileFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + "-cache").resolve("history.json");
    }

    @Override
    public Optional<Section> of(ReviewDocument document) {
        String path = document.result().review().source().path();
        ReviewHistory history = git.history(content.resolve(path), path);
        List<TrendPoint> points = history.points().stream().map(GitSiteHistory::point).toList();
        List<RenderedChart> chart = charts.history(path, points).map(List::of).orElse(List.of());
        return Optional.of(new Section(history, chart));
    }

    private static TrendPoint point(HistoryPoint point) {
        return new TrendPoint(point.date().toLocalDate() + " " + point.shortId(), point.stated(), point.computed(),
                point.verdict(), point.errors());
    }

    /** Writes the cache file, if there is one; a cache that cannot be written only makes the next build slower. */
    void save() {
        if (savedCache != null) {
            savedCache.save();
        }
    }

    @Override
    public void close() {
        git.close();
    }

    private static String fingerprint(String configuration) {
        String version = Optional.ofNullable(Main.class.getPackage().getImplementationVersion()).orElse("dev");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((version + "\n" + configuration).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
