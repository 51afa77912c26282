package dev.gonogo.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the team's shared folder ({@code shared/seed}, {@code shared/corpus}, {@code shared/schemas}) beside the
 * checkout. Those files are not ours and are never copied into the project; tests that need them are skipped
 * without it.
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** The file {@code shared/<relative>} from the nearest ancestor directory that has it; skips the test otherwise. */
    public static Path require(String relative) {
        Optional<Path> found = find(relative);
        assumeTrue(found.isPresent(), "shared/" + relative + " not found beside the checkout: skipped");
        return found.get();
    }

    private static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
