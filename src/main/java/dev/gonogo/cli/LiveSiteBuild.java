package dev.gonogo.cli;

import dev.gonogo.model.Review;
import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.serve.FolderCopy;
import dev.gonogo.serve.SiteBuild;
import dev.gonogo.serve.SiteLayers;
import dev.gonogo.site.BuiltSite;
import dev.gonogo.site.JsonReviewExports;
import dev.gonogo.site.SiteCharts;
import dev.gonogo.site.SiteGenerator;
import dev.gonogo.site.SiteHistory;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.Theme;
import dev.gonogo.site.page.RememberedRows;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The site build behind {@code gonogo serve}, doing only the work a save needs: a review is read, parsed and
 * checked again only when its file changed (when the watcher reports only known reviews, the others are not even
 * looked at), and when the reviews' links and the theme are as in the last good build, only the changed reviews'
 * pages, their systems' pages and the index are rendered again, from the last build's plan (their charts too:
 * {@link RememberedCharts}; the other reviews' table rows are the last build's: {@link RememberedRows}), into a
 * folder laid over the last whole build. Anything else (a review added, removed or moved to another system or
 * version; a theme file; the first build) renders the whole site. Used by one build thread at a time.
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

    /** A review as read, and the state of the file it was read from. */
    private record Loaded(long size, long modified, ReviewDocument document) {
    }

    /** The reviews a good build rendered, and the site it wrote. */
    private record Built(Map<Path, Loaded> reviews, BuiltSite site) {
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
    public SiteLayers build(Path folder, SiteLayers previous, Set<Path> changed) throws IOException {
        Set<Path> changedFiles = changed.stream().map(LiveSiteBuild::absolute).collect(Collectors.toSet());
        themeChanged |= themeFolder.isPresent()
                && changedFiles.stream().anyMatch(path -> path.startsWith(themeFolder.get()));
        Map<Path, Loaded> current = load(changedFiles);
        List<ReviewDocument> documents = current.values().stream().map(Loaded::document).toList();
        if (generator == null || themeChanged) {
            generator = new SiteGenerator(theme.get(), options, charts, new JsonReviewExports(), history)
                    .rememberingRows(rows);
        }
        BuiltSite site;
        SiteLayers layers;
        if (previous != null && built != null && !themeChanged && sameLinks(current)) {
            // the files earlier saves rewrote, then this save's over them: a few files, not the whole site
            if (previous.overlay().isPresent()) {
                FolderCopy.linkOrCopy(previous.overlay().get(), folder);
            }
            site = generator.update(built.site(), edited(current), folder);
            layers = previous.overBase(folder);
        } else {
            site = generator.generateSite(documents, folder);
            layers = SiteLayers.of(folder);
        }
        built = new Built(current, site);
        themeChanged = false;
        charts.keepOnly(documents.stream().map(ReviewDocument::result).toList());
        return layers;
    }

    /**
     * Whether every review keeps the pages it had in the last good build: the same files are there, and each one
     * read again names the same system and version — the only things, beside the paths, that pages are named from.
     */
    private boolean sameLinks(Map<Path, Loaded> current) {
        if (!current.keySet().equals(built.reviews().keySet())) {
            return false;
        }
        return current.entrySet().stream().allMatch(entry -> {
            Loaded before = built.reviews().get(entry.getKey());
            return before == entry.getValue() || pageName(before).equals(pageName(entry.getValue()));
        });
    }

    private static List<String> pageName(Loaded loaded) {
        Review review = loaded.document().result().review();
        return Arrays.asList(review.source().path(), review.system(), review.version());
    }

    /** The reviews read again since the last good build. */
    private List<ReviewDocument> edited(Map<Path, Loaded> current) {
        return current.entrySet().stream().filter(entry -> built.reviews().get(entry.getKey()) != entry.getValue())
                .map(entry -> entry.getValue().document()).toList();
    }

    /** Every review in path order: the previous reading when the file is unchanged, a new one otherwise. */
    private Map<Path, Loaded> load(Set<Path> changedFiles) throws IOException {
        Map<Path, Loaded> current = onlyKnownChanged(changedFiles) ? reread(changedFiles) : scan(changedFiles);
        latest = Collections.unmodifiableMap(current);
        return current;
    }

    /**
     * Whether the watcher reported changes to reviews already read and to files that are no reviews, and nothing
     * else: no review added or deleted, no folder (a watcher that lost events reports the folder). The watcher
     * reports every change, so the other reviews need not even be looked at.
     */
    private boolean onlyKnownChanged(Set<Path> changedFiles) {
        return !latest.isEmpty() && changedFiles.stream().allMatch(this::needsNoScan);
    }

    /** A review already read that is still there, or a file that is neither a review nor a folder of reviews. */
    private boolean needsNoScan(Path changed) {
        if (latest.containsKey(changed)) {
            return Files.isRegularFile(changed);
        }
        if (ReviewFiles.isMarkdown(changed)) {
            return false; // a review added, or deleted
        }
        return Files.isRegularFile(changed)
                || !Files.exists(changed) && latest.keySet().stream().noneMatch(review -> review.startsWith(changed));
    }

    /** The previous readings, with the changed reviews read again. */
    private Map<Path, Loaded> reread(Set<Path> changedFiles) throws IOException {
        Map<Path, Loaded> current = new LinkedHashMap<>(latest);
        for (Path file : changedFiles) {
            if (current.containsKey(file)) {
                current.put(file, read(file));
            }
        }
        return current;
    }

    /** Every review file found, read again when it is new, reported changed, or differs in size or time. */
    private Map<Path, Loaded> scan(Set<Path> changedFiles) throws IOException {
        Map<Path, Loaded> current = new LinkedHashMap<>();
        for (ReviewFile found : ReviewFiles.collect(List.of(content))) {
            Path key = absolute(found.file());
            BasicFileAttributes attributes = Files.readAttributes(found.file(), BasicFileAttributes.class);
            Loaded cached = latest.get(key);
            boolean fresh = cached != null && !changedFiles.contains(key) && cached.size() == attributes.size()
                    && cached.modified() == attributes.lastModifiedTime().toMillis();
            current.put(key, fresh ? cached : read(key, attributes));
        }
        return current;
    }

    private Loaded read(Path file) throws IOException {
        return read(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    /**
     * Reads a review whose file had these attributes before it was read (a write meanwhile shows next time). The
     * parser's Markdown tree is not kept: it takes several times the text's memory, for every review of the site,
     * from save to save, to spare each page a parse.
     */
    private Loaded read(Path file, BasicFileAttributes attributes) {
        return new Loaded(attributes.size(), attributes.lastModifiedTime().toMillis(),
                loader.load(List.of(new ReviewFile(file, pathInContent(file)))).get(0).withoutTree());
    }

    /** As {@code gonogo build} names reviews: relative to the content folder, so both give the same pages. */
    private String pathInContent(Path file) {
        return absolute(content).relativize(absolute(file)).toString()
                .replace(file.getFileSystem().getSeparator(), "/");
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
