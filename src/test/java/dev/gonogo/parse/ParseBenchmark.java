package dev.gonogo.parse;

import dev.gonogo.model.Review;
import dev.gonogo.source.SourceDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A plain timing loop (not a test) for the parser on the seed review (12.8 KB, 6,527 characters): warms up, then prints the mean
 * and best time per parse. Run it after {@code mvn -q -o test-compile} with
 * {@code java -cp "target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" dev.gonogo.parse.ParseBenchmark}.
 */
public final class ParseBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 1000;

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        SourceDocument seed = Documents.resource("/seed/prr-x0tta6bl4-v3.4.0.md");
        ReviewParser parser = new ReviewParser(Vocabulary.defaults());
        long first = System.nanoTime();
        int sink = parser.parse(seed).checklist().size();
        System.out.printf(Locale.ROOT, "first parse (cold JVM): %.1f ms%n", (System.nanoTime() - first) / 1e6);
        for (int i = 0; i < WARM_UP; i++) {
            sink += parser.parse(seed).metrics().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long total = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            Review review = parser.parse(seed);
            long elapsed = System.nanoTime() - start;
            sink += review.checklist().size();
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        // CPU time is the fairer figure on a shared machine; wall time includes waiting for a core.
        System.out.printf(Locale.ROOT, "%d characters, %d parses: CPU %.3f ms/parse; wall mean %.3f ms, best %.3f ms"
                + " (checksum %d)%n", seed.text().length(), MEASURED, cpu / 1e6 / MEASURED, total / 1e6 / MEASURED,
                best / 1e6, sink);
    }
}
