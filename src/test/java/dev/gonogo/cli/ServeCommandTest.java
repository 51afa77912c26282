package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import dev.gonogo.testing.EventStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gonogo serve} end to end: the real pipeline and site, on an ephemeral port. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a server test must never hang the build
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

        EventStream events = listen(url);
        Files.writeString(review, Files.readString(review).replace("**83.5%**", "**85.7%**"));

        assertThat(events.next("event:", 120, TimeUnit.SECONDS)).isEqualTo("event: reload");
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

    /** Opens the event stream and waits for its first line, so no event is missed. */
    private EventStream listen(URI url) throws InterruptedException {
        EventStream events = EventStream.open(client, url.resolve("/__gonogo/events"));
        assertThat(events.next("retry:", 60, TimeUnit.SECONDS)).as("the event stream opened").isEqualTo("retry: 1000");
        return events;
    }
}
