package dev.gonogo.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;

/**
 * Serves the current build's files (GET and HEAD), HTML pages prepared by {@link LivePage}; the site's
 * {@code 404.html} for unknown paths; while the last build failed, a page that shows the error instead.
 * Paths that leave the site's folder are refused.
 */
final class StaticSite implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final Supplier<BuildState> state;

    StaticSite(Supplier<BuildState> state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "txt", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            BuildState current = state.get();
            if (current.error().isPresent()) {
                respond(exchange, 500, "html", errorPage(current.error().get()));
                return;
            }
            serveFile(exchange, current.site());
        }
    }

    private void serveFile(HttpExchange exchange, SiteLayers site) throws IOException {
        Optional<Path> file = relative(exchange.getRequestURI().getPath()).flatMap(site::find);
        if (file.isPresent()) {
            respond(exchange, 200, extension(file.get()), content(file.get()));
            return;
        }
        Optional<Path> notFound = site.find("404.html");
        byte[] body = notFound.isPresent() ? content(notFound.get())
                : "not found\n".getBytes(StandardCharsets.UTF_8);
        respond(exchange, 404, notFound.isPresent() ? "html" : "txt", body);
    }

    /** The path inside the site a URL path names; empty when it would leave the site's folder. */
    static Optional<String> relative(String urlPath) {
        String relative = urlPath == null ? "" : urlPath.replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path inside = Path.of("site").resolve(relative).normalize();
        if (!inside.startsWith("site") || relative.contains("\\") || relative.contains("\0")) {
            return Optional.empty();
        }
        return Optional.of(relative);
    }

    private static byte[] content(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!extension(file).equals("html")) {
            return bytes;
        }
        return LivePage.prepare(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] errorPage(String error) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\">"
                + "</head><body><h1>gonogo: the site could not be built</h1><pre>"
                + Entities.escape(error) + "</pre><p>Fix the file and save: this page reloads by itself.</p>"
                + "</body></html>";
        return LivePage.prepare(html).getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String extension, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
