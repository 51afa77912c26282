package dev.gonogo.cli;

import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.serve.SiteBuild;
import dev.gonogo.site.JsonReviewExports;
import dev.gonogo.site.SiteCharts;
import dev.gonogo.site.SiteGenerator;
import dev.gonogo.site.SiteHistory;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.Theme;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The site build behind {@code gonogo serve}: the same pipeline and generator as {@code gonogo build}, but a review
 * is read, parsed and checked again only when its file changed (by the watcher's report, or its size and time);
 * the others come from the previous build. Used by one build thread at a time.
 */
final class LiveSiteBuild implements SiteBuild {
    private final Path content;
    private final ReviewLoader loader;
    private final SiteOptions options;
    private final Supplier<Theme> theme;
    private final SiteCharts charts;
    private final SiteHistory history;
    private final Map<Path, Loaded> previous = new HashMap<>();

    /** A review as read, and the file state it was read from. */
    private record Loaded(long size, long modified, ReviewDocument document) {
    }

    LiveSiteBuild(Path content, ReviewLoader loader, SiteOptions options, Supplier<Theme> theme, SiteCharts charts,
                  SiteHistory history) {
        this.content = content;
        this.loader = loader;
        this.options = options;
        this.theme = theme;
        this.charts = charts;
        this.history = history;
    }

    @Override
    public void build(Path folder, Set<Path> changed) throws IOException {
        List<ReviewDocument> documents = new ArrayList<>();
        Map<Path, Loaded> current = new HashMap<>();
        Set<Path> changedFiles = absolute(changed);
        for (ReviewFile found : ReviewFiles.collect(List.of(content))) {
            ReviewFile file = new ReviewFile(found.file(), pathInContent(found.file()));
            Path key = file.file().toAbsolutePath().normalize();
            BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
            Loaded cached = previous.get(key);
            boolean fresh = cached != null && !changedFiles.contains(key) && cached.size() == attributes.size()
                    && cached.modified() == attributes.lastModifiedTime().toMillis();
            Loaded loaded = fresh ? cached : new Loaded(attributes.size(),
                    attributes.lastModifiedTime().toMillis(), loader.load(List.of(file)).get(0));
            current.put(key, loaded);
            documents.add(loaded.document());
        }
        previous.clear();
        previous.putAll(current);
        new SiteGenerator(theme.get(), options, charts, new JsonReviewExports(), history).generate(documents, folder);
    }

    /** As {@code gonogo build} names reviews: relative to the content folder, so both give the same pages. */
    private String pathInContent(Path file) {
        return content.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static Set<Path> absolute(Set<Path> paths) {
        Set<Path> result = new HashSet<>();
        paths.forEach(p -> result.add(p.toAbsolutePath().normalize()));
        return result;
    }
}
