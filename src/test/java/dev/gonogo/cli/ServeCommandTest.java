package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gonogo serve} end to end: the real pipeline and site, on an ephemeral port. */
class ServeCommandTest {
    private static final Path SEED = Path.of("src/test/resources/fixtures/history/prr-x0tta6bl4-v3.4.0.md");

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void servesRebuildsAfterAnEditAndSendsAReloadEvent() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path review = content.resolve("prr-x0tta6bl4-v3.4.0.md");
        Files.copy(SEED, review);
        CompletableFuture<Void> stop = new CompletableFuture<>();
        CompletableFuture<URI> started = new CompletableFuture<>();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand(stop, started::complete));
        cli.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(content.toString(),
                "--port", "0"));

        URI url = started.get(120, TimeUnit.SECONDS);
        assertThat(url.toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(out.toString()).contains("Serving " + content.toString().replace('\\', '/') + " at " + url);
        Document index = Jsoup.parse(get(url).body());
        String reviewLink = index.select("a[href^=reviews/]").first().attr("href");
        assertThat(reviewPage(url, reviewLink).select("body").text()).contains("83.5");

        BlockingQueue<String> events = listen(url);
        Files.writeString(review, Files.readString(review).replace("**83.5%**", "**85.7%**"));

        assertThat(events.poll(120, TimeUnit.SECONDS)).isEqualTo("event: reload");
        Document rebuilt = reviewPage(url, reviewLink);
        assertThat(rebuilt.select("body").text()).contains("85.7").doesNotContain("83.5%");
        assertThat(rebuilt.select("script[src=/__gonogo/live-reload.js]")).hasSize(1);

        stop.complete(null);
        assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Built in ").endsWith("Stopped.\n");
    }

    @Test
    void aMissingContentFolderIsAnInputError() {
        Main.Result result = Main.capture("serve", dir.resolve("nope").toString(), "--port", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).contains("content folder not found");
    }

    private HttpResponse<String> get(URI url) throws Exception {
        return client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document reviewPage(URI url, String link) throws Exception {
        HttpResponse<String> page = get(url.resolve(link));
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private BlockingQueue<String> listen(URI url) throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        BlockingQueue<String> opened = new LinkedBlockingQueue<>();
        client.sendAsync(HttpRequest.newBuilder(url.resolve("/__gonogo/events")).build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> lines = response.body()) {
                        lines.forEach(line -> {
                            if (line.startsWith("retry:")) {
                                opened.add(line);
                            } else if (line.startsWith("event:")) {
                                events.add(line);
                            }
                        });
                    } catch (RuntimeException closed) {
                        // the server closed the stream when it stopped
                    }
                });
        assertThat(opened.poll(60, TimeUnit.SECONDS)).as("the event stream opened").isEqualTo("retry: 1000");
        return events;
    }
}
