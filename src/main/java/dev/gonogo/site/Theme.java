package dev.gonogo.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates and assets of the site: the default theme packaged in the jar ({@code themes/default}), with an
 * optional theme folder whose {@code templates/} and {@code assets/} files replace the default ones by name.
 */
public final class Theme {
    private static final String DEFAULT_ROOT = "/themes/default";
    /** The default theme's assets; a test keeps this list equal to the folder. */
    static final List<String> DEFAULT_ASSETS = List.of("site.css", "site.js", "favicon.svg");

    private final Path overrides;

    private Theme(Path overrides) {
        this.overrides = overrides;
    }

    /** The default theme alone. */
    public static Theme defaultTheme() {
        return new Theme(null);
    }

    /**
     * The default theme with the files of {@code folder} taking precedence.
     *
     * @throws SiteException when the folder does not exist
     */
    public static Theme withOverrides(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SiteException("theme folder not found: " + folder);
        }
        return new Theme(folder.toAbsolutePath().normalize());
    }

    /** The override folder, if any. */
    public Optional<Path> folder() {
        return Optional.ofNullable(overrides);
    }

    TemplateLoader templateLoader() {
        ClassTemplateLoader defaults = new ClassTemplateLoader(Theme.class, DEFAULT_ROOT + "/templates");
        Path templates = overrides == null ? null : overrides.resolve("templates");
        if (templates == null || !Files.isDirectory(templates)) {
            return defaults;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(templates.toFile()), defaults});
        } catch (IOException e) {
            throw new SiteException("cannot read theme templates in " + templates + ": " + e.getMessage(), e);
        }
    }

    /** Copies the default assets, then the override folder's {@code assets/} over them, into {@code target}. */
    void copyAssets(Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : DEFAULT_ASSETS) {
            try (InputStream in = Theme.class.getResourceAsStream(DEFAULT_ROOT + "/assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("default theme asset missing from the jar: " + name);
                }
                Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path assets = overrides == null ? null : overrides.resolve("assets");
        if (assets != null && Files.isDirectory(assets)) {
            for (Path file : regularFiles(assets)) {
                Path destination = target.resolve(assets.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<Path> regularFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
