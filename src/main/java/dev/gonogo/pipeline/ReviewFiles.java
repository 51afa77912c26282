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
        return find(paths).reviews();
    }

    /**
     * Like {@link #collect}, and also the other files met in the folders — which are skipped, but which the user
     * may have meant as reviews ({@code review.markdown}, {@code notes.txt}). Hidden files, and the configuration
     * file, are not listed: nobody means them as reviews.
     */
    public static FoundFiles find(List<Path> paths) {
        Map<String, ReviewFile> files = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> under = filesUnder(path);
                under.stream().filter(ReviewFiles::isMarkdown).map(file -> new ReviewFile(file, display(file)))
                        .forEach(file -> files.putIfAbsent(file.displayPath(), file));
                under.stream().filter(file -> !isMarkdown(file) && !unremarkable(file)).map(ReviewFiles::display)
                        .forEach(ignored::add);
            } else if (Files.exists(path)) {
                ReviewFile file = new ReviewFile(path, display(path));
                files.putIfAbsent(file.displayPath(), file);
            } else {
                throw new InputException(display(path) + ": no such file or folder");
            }
        }
        List<ReviewFile> sorted = new ArrayList<>(files.values());
        sorted.sort(Comparator.comparing(ReviewFile::displayPath));
        return new FoundFiles(sorted, ignored.stream().sorted().distinct().toList());
    }

    /** Whether the path names a review file (a {@code *.md} file, whatever the case of its extension). */
    public static boolean isMarkdown(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static boolean unremarkable(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.equals("gonogo.yml");
    }

    /** The regular files under a folder, those in hidden folders left out. */
    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(folder.relativize(file)))
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
