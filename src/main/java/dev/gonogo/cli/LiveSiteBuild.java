package dev.gonogo.cli;

import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.serve.FolderCopy;
import dev.gonogo.serve.SiteBuild;
import dev.gonogo.site.JsonReviewExports;
import dev.gonogo.site.SiteCharts;
import dev.gonogo.site.SiteGenerator;
import dev.gonogo.site.SiteHistory;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.Theme;
import dev.gonogo.site.page.RememberedRows;
import dev.gonogo.site.page.ReviewDocument;
import dev.gonogo.site.page.SitePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The site build behind {@code gonogo serve}, doing only the work a save needs: a review is read, parsed and
 * checked again only when its file changed, and when the reviews' links and the theme are as in the last good
 * build, that build is copied as hard links and only the changed reviews' pages, their systems' pages and the
 * index are rendered again (their charts too: {@link RememberedCharts}; the other reviews' table rows are the last
 * build's: {@link RememberedRows}). Anything else (a review added, removed or moved to another system or version;
 * a theme file; the first build) renders the whole site. Used by one build thread at a time.
 */
final class LiveSiteBuild implements SiteBuild {
    private final Path content;
    private final Optional<Path> themeFolder;
    private final ReviewLoader loader;
    private final SiteOptions options;
    private final Supplier<Theme> theme;
    private final RememberedCharts charts;
    private final SiteHistory history;
    private final RememberedRows rows = RememberedRows.acrossBuilds();
    /** The latest reading of every review, whether or not a build with it succeeded. */
    private Map<Path, Loaded> latest = Map.of();
    /** What the last good build rendered; {@code null} before the first success. */
    private Built built;
    private boolean themeChanged;
    /** Kept from build to build until the theme changes: it holds the parsed templates. */
    private SiteGenerator generator;

    /**
     * A review as read, the state of the file it was read from, and its summary, made once: the list pages of
     * every build are built from the same summary objects, which lets their rows be remembered.
     */
    private record Loaded(long size, long modified, ReviewDocument document, ReviewDocument summary) {
        Loaded(long size, long modified, ReviewDocument document) {
            this(size, modified, document, document.summary());
        }
    }

    /** The reviews a good build rendered and the plan of its files. */
    private record Built(Map<Path, Loaded> reviews, List<String> plan) {
    }

    LiveSiteBuild(Path content, Optional<Path> themeFolder, ReviewLoader loader, SiteOptions options,
                  Supplier<Theme> theme, SiteCharts charts, SiteHistory history) {
        this.content = content;
        this.themeFolder = themeFolder.map(LiveSiteBuild::absolute);
        this.loader = loader;
        this.options = options;
        this.theme = theme;
        this.charts = new RememberedCharts(charts);
        this.history = history;
    }

    @Override
    public void build(Path folder, Path previous, Set<Path> changed) throws IOException {
        Set<Path> changedFiles = changed.stream().map(LiveSiteBuild::absolute).collect(Collectors.toSet());
        themeChanged |= themeFolder.isPresent()
                && changedFiles.stream().anyMatch(path -> path.startsWith(themeFolder.get()));
        Map<Path, Loaded> current = load(changedFiles);
        List<ReviewDocument> documents = current.values().stream().map(Loaded::document).toList();
        List<String> plan = plan(documents);
        if (generator == null || themeChanged) {
            generator = new SiteGenerator(theme.get(), options, charts, new JsonReviewExports(), history)
                    .rememberingRows(rows);
        }
        if (previous != null && built != null && !themeChanged && built.plan().equals(plan)) {
            FolderCopy.linkOrCopy(previous, folder);
            update(generator, current, folder);
        } else {
            generator.generate(documents, folder);
        }
        built = new Built(current, plan);
        themeChanged = false;
        charts.keepOnly(documents.stream().map(ReviewDocument::result).toList());
    }

    /** Rewrites the reviews read again since the last build; the others are given as their kept summaries. */
    private void update(SiteGenerator generator, Map<Path, Loaded> current, Path folder) throws IOException {
        Set<ReviewDocument> rewrite = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ReviewDocument> given = new ArrayList<>();
        current.forEach((file, loaded) -> {
            boolean edited = built.reviews().get(file) != loaded;
            given.add(edited ? loaded.document() : loaded.summary());
            if (edited) {
                rewrite.add(loaded.document());
            }
        });
        generator.update(given, folder, rewrite::contains);
    }

    /** Every review in path order: the previous reading when the file is unchanged, a new one otherwise. */
    private Map<Path, Loaded> load(Set<Path> changedFiles) throws IOException {
        Map<Path, Loaded> current = new LinkedHashMap<>();
        for (ReviewFile found : ReviewFiles.collect(List.of(content))) {
            Path key = absolute(found.file());
            BasicFileAttributes attributes = Files.readAttributes(found.file(), BasicFileAttributes.class);
            Loaded cached = latest.get(key);
            boolean fresh = cached != null && !changedFiles.contains(key) && cached.size() == attributes.size()
                    && cached.modified() == attributes.lastModifiedTime().toMillis();
            current.put(key, fresh ? cached : new Loaded(attributes.size(), attributes.lastModifiedTime().toMillis(),
                    loader.load(List.of(new ReviewFile(found.file(), pathInContent(found.file())))).get(0)));
        }
        latest = Map.copyOf(current);
        return current;
    }

    /** Which file each review and system page goes to: while it stays the same, pages can be updated one by one. */
    private static List<String> plan(List<ReviewDocument> documents) {
        SitePlan plan = SitePlan.of(documents);
        return Stream.concat(
                plan.reviews().stream().map(r -> r.review().source().path() + " " + r.links().page() + " "
                        + r.systemPage()),
                plan.systems().stream().map(s -> s.name() + " " + s.hasPage())).toList();
    }

    /** As {@code gonogo build} names reviews: relative to the content folder, so both give the same pages. */
    private String pathInContent(Path file) {
        return content.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
