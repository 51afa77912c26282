package dev.gonogo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How long a saved review takes to show in the browser under {@code gonogo serve}: starts the real command (a
 * separate process, through {@code bin/gonogo}) on a content folder and an ephemeral port, listens to its reload
 * events as an open page does, then edits one review again and again and times each save until its reload event
 * arrives. Prints every latency, the median and the maximum. Run:
 * {@code java -cp … dev.gonogo.bench.ServeLatency CONTENT_DIR [EDITS]} from the project folder, after
 * {@code mvn package}. The content folder's first review is edited (a checkbox toggled) and restored at the end.
 * On Linux it also prints the CPU time of the server's build thread per save (from {@code /proc}, in nanoseconds),
 * up to the reload event and in all (the previous build's folder is deleted after the event), which on a shared
 * machine says more than the wall time.
 */
public final class ServeLatency {
    private static final Pattern URL = Pattern.compile("(http://\\S+/)");
    private static final long TIMEOUT_SECONDS = 120;

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path review;
        try (Stream<Path> files = Files.list(content)) {
            review = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(review, StandardCharsets.UTF_8);
        Process serve = new ProcessBuilder("bin/gonogo", "serve", content.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            long started = System.nanoTime();
            URI url = awaitUrl(serve);
            System.out.printf(Locale.ROOT, "first build and start: %d ms%n", millis(System.nanoTime() - started));
            BlockingQueue<Long> reloads = listen(url);
            BuildThreadCpu cpu = new BuildThreadCpu(serve.pid());
            List<Long> latencies = new ArrayList<>();
            List<Long> untilReload = new ArrayList<>();
            List<Long> perSave = new ArrayList<>();
            List<Long> process = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Thread.sleep(500);  // longer than the watcher's quiet period: each save is its own rebuild
                reloads.clear();
                String edited = i % 2 == 0 ? original.replaceFirst("- \\[ \\]", "- [x]") : original;
                long before = cpu.nanos();
                long processBefore = cpu.processNanos();
                long saved = System.nanoTime();
                Files.writeString(review, edited, StandardCharsets.UTF_8);
                Long reloaded = reloads.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (reloaded == null) {
                    throw new IllegalStateException("no reload event within " + TIMEOUT_SECONDS + " s");
                }
                long atReload = cpu.nanos();
                Thread.sleep(400);  // the previous build folder is deleted after the event
                latencies.add(millis(reloaded - saved));
                untilReload.add(millis(atReload - before));
                perSave.add(millis(cpu.nanos() - before));
                process.add(millis(cpu.processNanos() - processBefore));
                System.out.printf(Locale.ROOT, "save %d → reload event: %d ms (CPU: build thread %d ms to the "
                        + "event, %d ms with the clean-up; all threads %d ms)%n", i + 1, latencies.get(i),
                        untilReload.get(i), perSave.get(i), process.get(i));
            }
            System.out.printf(Locale.ROOT, "%s: %d edits, median %d ms, max %d ms; CPU per save, medians: build "
                    + "thread %d ms to the event, %d ms in all; all threads %d ms%n", review.getFileName(), edits,
                    median(latencies), max(latencies), median(untilReload), median(perSave), median(process));
        } finally {
            Files.writeString(review, original, StandardCharsets.UTF_8);
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Reads the server's output until it prints the URL it serves at. */
    private static URI awaitUrl(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher url = URL.matcher(line);
            if (line.startsWith("Serving") && url.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException stopped) {
                        // the server was stopped at the end of the run
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return URI.create(url.group(1));
            }
        }
        throw new IllegalStateException("gonogo serve stopped before serving");
    }

    /** Subscribes to the reload events, as the page's script does; each event's arrival time is queued. */
    private static BlockingQueue<Long> listen(URI url) throws InterruptedException {
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(url.resolve("/__gonogo/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.equals("event: reload"))
                .forEach(line -> reloads.add(System.nanoTime())));
        Thread.sleep(1000);  // the subscription is open before the first save
        return reloads;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
