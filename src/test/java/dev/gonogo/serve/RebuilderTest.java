package dev.gonogo.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Layered builds: a folder is deleted once neither the site served now nor the one before uses it. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class RebuilderTest {
    @TempDir
    Path work;

    /** The first build writes a whole site; each later one writes one file laid over the first build. */
    private static SiteLayers build(Path folder, SiteLayers previous, Set<Path> changed) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), folder.getFileName().toString());
        return previous == null ? SiteLayers.of(folder) : previous.overBase(folder);
    }

    @Test
    void aSavesFolderIsDeletedTwoSavesLaterAndTheWholeBuildBelowIsKept() throws Exception {
        BlockingQueue<Long> built = new LinkedBlockingQueue<>();
        try (Rebuilder rebuilder = new Rebuilder(RebuilderTest::build, work, new PrintWriter(new StringWriter()),
                built::add)) {
            rebuilder.buildNow();
            assertThat(built.take()).isEqualTo(1L);
            for (int save = 0; save < 3; save++) {
                rebuilder.changed(Set.of(work.resolve("review-" + save + ".md")));
                assertThat(built.poll(30, TimeUnit.SECONDS)).isEqualTo(save + 2L);
            }
            awaitDeleted(work.resolve("build-2"));

            assertThat(rebuilder.state().site().folders()).containsExactly(work.resolve("build-4"),
                    work.resolve("build-1"));
            assertThat(work.resolve("build-1")).as("the whole build under every save").isDirectory();
            assertThat(work.resolve("build-3")).as("served before: a request may still read it").isDirectory();
            assertThat(Files.readString(rebuilder.state().site().find("index.html").orElseThrow()))
                    .isEqualTo("build-4");
        }
    }

    private static void awaitDeleted(Path folder) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(folder) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(folder).doesNotExist();
    }
}
