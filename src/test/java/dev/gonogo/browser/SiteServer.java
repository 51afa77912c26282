package dev.gonogo.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A static file server on 127.0.0.1 for the site, as any static host would serve it, that remembers every request
 * and the status it answered: what a page loads over HTTP, with its Content-Security-Policy in force.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "json", "application/json", "xml", "application/xml");

    private final Path root;
    private final HttpServer server;
    private final List<String> log = new ArrayList<>();

    private SiteServer(Path root, HttpServer server) {
        this.root = root.toAbsolutePath().normalize();
        this.server = server;
    }

    static SiteServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SiteServer site = new SiteServer(root, server);
        server.createContext("/", site::answer);
        server.start();
        return site;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** "METHOD /path STATUS" of each request so far. */
    synchronized List<String> requests() {
        return List.copyOf(log);
    }

    synchronized void forget() {
        log.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        boolean found = file.startsWith(root) && Files.isRegularFile(file)
                && exchange.getRequestMethod().equals("GET");
        byte[] body = found ? Files.readAllBytes(file) : "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", found
                ? TYPES.getOrDefault(extension, "application/octet-stream") : "text/plain; charset=utf-8");
        int status = found ? 200 : 404;
        synchronized (this) {
            log.add(exchange.getRequestMethod() + " " + path + " " + status);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
