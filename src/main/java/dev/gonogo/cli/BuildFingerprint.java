package dev.gonogo.cli;

import dev.gonogo.config.GonogoConfig;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.cache.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a review's rendered files depend on besides the review itself: gonogo's own build (its version and the
 * size and time of its jar, so a rebuilt jar renders everything again), the configuration, the site options, the
 * theme's files and whether history is shown. It keys the render cache.
 */
final class BuildFingerprint {
    private BuildFingerprint() {
    }

    static String of(GonogoConfig config, SiteOptions options, Path theme, boolean noHistory) {
        List<String> parts = new ArrayList<>();
        parts.add(Optional.ofNullable(Main.class.getPackage().getImplementationVersion()).orElse("dev"));
        parts.add(codeIdentity());
        parts.add(config.toString());
        parts.add(options.toString());
        parts.add(String.valueOf(noHistory));
        if (theme != null) {
            parts.add(themeDigest(theme));
        }
        return Digests.of(parts.toArray(String[]::new));
    }

    /** The jar's size and modification time; a folder of classes (a development build) is only named. */
    private static String codeIdentity() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code)
                    ? Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis() : "classes";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown code " + System.nanoTime();  // nothing is reused rather than something stale
        }
    }

    /** The digest of every file of a theme folder, by path and content. */
    private static String themeDigest(Path theme) {
        try (Stream<Path> walk = Files.walk(theme)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            List<byte[]> parts = new ArrayList<>();
            for (Path file : files) {
                parts.add(theme.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                parts.add(Files.readAllBytes(file));
            }
            return Digests.of(parts.toArray(byte[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
