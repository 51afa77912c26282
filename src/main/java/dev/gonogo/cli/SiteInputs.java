package dev.gonogo.cli;

import dev.gonogo.config.ConfigLoader;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.site.Theme;
import dev.gonogo.source.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code build} and {@code serve} read a site from: the content folder, a theme and the configuration. */
final class SiteInputs {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT_DIR", defaultValue = "content",
            description = "Folder of review files (*.md), searched recursively. Default: ${DEFAULT-VALUE}.")
    Path content;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "Theme folder whose templates/ and assets/ files replace the default theme's by name.")
    Path themeFolder;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file. Default: the nearest gonogo.yml from CONTENT_DIR upwards.")
    Path configFile;

    /** The content folder, which must exist. */
    Path contentFolder() {
        if (!Files.isDirectory(content)) {
            throw new InputException("content folder not found: " + content);
        }
        return content;
    }

    GonogoConfig config() {
        return new ConfigLoader().resolve(configFile, content);
    }

    Optional<Path> themeFolder() {
        return Optional.ofNullable(themeFolder);
    }

    /** The default theme, or the default with the theme folder's files in place of its own. */
    Theme theme() {
        return themeFolder == null ? Theme.defaultTheme() : Theme.withOverrides(themeFolder);
    }
}
