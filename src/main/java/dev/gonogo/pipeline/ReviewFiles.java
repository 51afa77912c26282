package dev.gonogo.pipeline;

import dev.gonogo.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Turns the paths a user gives into the review files to read: folders are searched for {@code *.md}. */
public final class ReviewFiles {

    private ReviewFiles() {
    }

    /**
     * The files named and the {@code *.md} files under the folders named (hidden folders such as {@code .git}
     * skipped), each once, sorted by display path.
     *
     * @throws InputException when a path does not exist
     */
    public static List<ReviewFile> collect(List<Path> paths) {
        Map<String, ReviewFile> files = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                markdownUnder(path).forEach(file -> files.putIfAbsent(file.displayPath(), file));
            } else if (Files.exists(path)) {
                ReviewFile file = new ReviewFile(path, display(path));
                files.putIfAbsent(file.displayPath(), file);
            } else {
                throw new InputException(display(path) + ": no such file or folder");
            }
        }
        List<ReviewFile> sorted = new ArrayList<>(files.values());
        sorted.sort(Comparator.comparing(ReviewFile::displayPath));
        return List.copyOf(sorted);
    }

    private static List<ReviewFile> markdownUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(file -> !hidden(folder.relativize(file)))
                    .map(file -> new ReviewFile(file, display(file)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(display(folder) + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** True when some folder between the given folder and the file starts with a dot. */
    private static boolean hidden(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String display(Path path) {
        String text = path.normalize().toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
