package dev.gonogo.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.testing.EventStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 5, unit = TimeUnit.MINUTES) // a server test must never hang the build
class DevServerTest {
    private static final String CSP = "default-src 'none'; script-src 'self'";

    @TempDir
    Path content;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter log = new StringWriter();
    private DevServer server;

    /** A stand-in site: index.html shows page.md's text; a page.md saying FAIL makes the build throw. */
    private static void build(Path folder, Path content) throws IOException {
        String text = Files.readString(content.resolve("page.md")).strip();
        if (text.equals("FAIL")) {
            throw new IllegalStateException("page.md: cannot build <this>");
        }
        Files.createDirectories(folder.resolve("reviews"));
        Files.writeString(folder.resolve("index.html"), "<!DOCTYPE html><html><head><meta http-equiv="
                + "\"Content-Security-Policy\" content=\"" + CSP + "\"><title>t</title></head><body><p id=\"text\">"
                + text + "</p></body></html>");
        Files.writeString(folder.resolve("reviews/a.json"), "{\"a\":1}");
        Files.writeString(folder.resolve("404.html"), "<html><body><p id=\"missing\">not here</p></body></html>");
    }

    @BeforeEach
    void start() throws IOException {
        Files.writeString(content.resolve("page.md"), "first version");
        server = DevServer.start((folder, previous, changed) -> {
            build(folder, content);
            return SiteLayers.of(folder);
        }, List.of(content),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheBuiltSiteOnLoopbackWithTheReloadScript() throws Exception {
        HttpResponse<String> index = get("/");
        Document page = Jsoup.parse(index.body());

        assertThat(server.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.select("#text").text()).isEqualTo("first version");
        assertThat(page.select("script[src=/__gonogo/live-reload.js]")).hasSize(1);
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo(CSP + "; connect-src 'self'");
        assertThat(get("/reviews/a.json").body()).isEqualTo("{\"a\":1}");
        assertThat(get("/__gonogo/live-reload.js").body()).contains("new EventSource('/__gonogo/events')");
        HttpResponse<String> missing = get("/nope.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("#missing").text()).isEqualTo("not here");
        assertThat(log.toString()).startsWith("Built in ");
    }

    @Test
    void rebuildsAfterAFileChangeAndSendsAReloadEvent() throws Exception {
        EventStream events = listen();

        Files.writeString(content.resolve("page.md"), "second version");

        assertThat(nextEvent(events)).isEqualTo("event: reload");
        assertThat(Jsoup.parse(get("/").body()).select("#text").text()).isEqualTo("second version");
        assertThat(server.builds()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFailedBuildShowsItsErrorOnEveryPageAndTheServerKeepsRunning() throws Exception {
        EventStream events = listen();

        Files.writeString(content.resolve("page.md"), "FAIL");
        assertThat(nextEvent(events)).isEqualTo("event: reload");
        HttpResponse<String> failed = get("/reviews/a.json");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(failed.body()).select("pre").text()).isEqualTo("page.md: cannot build <this>");
        assertThat(log.toString()).contains("Build failed: page.md: cannot build <this>");

        Files.writeString(content.resolve("page.md"), "fixed");
        assertThat(nextEvent(events)).isEqualTo("event: reload");
        assertThat(Jsoup.parse(get("/").body()).select("#text").text()).isEqualTo("fixed");
    }

    @Test
    void newSubfoldersAreWatchedToo() throws Exception {
        EventStream events = listen();
        Path nested = Files.createDirectories(content.resolve("team/2026"));
        nextEvent(events);

        Files.writeString(nested.resolve("review.md"), "# nested");

        assertThat(nextEvent(events)).isEqualTo("event: reload");
    }

    @Test
    void pathsOutsideTheSiteAreRefused() {
        assertThat(StaticSite.relative("/../etc/passwd")).isEmpty();
        assertThat(StaticSite.relative("/reviews/../../x")).isEmpty();
        assertThat(StaticSite.relative("/")).contains("index.html");
        assertThat(StaticSite.relative("/reviews/a.html")).contains("reviews/a.html");
        assertThat(DevServer.relevant(Path.of("content/.review.md.swp"))).isFalse();
        assertThat(DevServer.relevant(Path.of("content/review.md~"))).isFalse();
        assertThat(DevServer.relevant(Path.of("content/review.md"))).isTrue();
    }

    @Test
    void closingStopsTheServer() throws Exception {
        URI url = server.url();
        server.close();

        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }

    /** Opens the event stream and waits until the server counts it, so no event is missed. */
    private EventStream listen() throws InterruptedException {
        EventStream events = EventStream.open(client, server.url().resolve("/__gonogo/events"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.listeners() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.listeners()).isEqualTo(1);
        return events;
    }

    private static String nextEvent(EventStream events) throws InterruptedException {
        String event = events.next("event:", 20, TimeUnit.SECONDS);
        assertThat(event).as("a reload event within 20 s").isNotNull();
        return event;
    }
}
