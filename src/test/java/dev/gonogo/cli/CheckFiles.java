package dev.gonogo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Copies test resources into a temporary folder for CLI tests, and the environments they run in. */
final class CheckFiles {

    /** No terminal, no variables: plain text, no colour. */
    static final Environment PLAIN = new Environment(Map.of(), false);

    private CheckFiles() {
    }

    static Path copy(String resource, Path folder, String name) {
        try (InputStream in = CheckFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resourceBytes(String resource) {
        try (InputStream in = CheckFiles.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Main.Result check(Environment environment, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.capture(environment, all);
    }
}
