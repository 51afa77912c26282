package dev.gonogo.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages, each listening on a server-sent-events stream ({@code /__gonogo/events}). A rebuild sends
 * {@code event: reload}; a page that went away is dropped on the next write. Thread-safe.
 */
final class LiveReload implements AutoCloseable {
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as an event stream; the handler returns, the stream stays. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
        send(exchange, "retry: 1000\n\n");
    }

    /** Tells every open page to reload; {@code build} numbers the build that caused it. */
    void reload(long build) {
        broadcast("event: reload\ndata: " + build + "\n\n");
    }

    /** A comment line, so proxies and browsers keep the stream, and closed pages are noticed. */
    void heartbeat() {
        broadcast(": ping\n\n");
    }

    int listeners() {
        return listeners.size();
    }

    private void broadcast(String message) {
        for (HttpExchange exchange : listeners) {
            send(exchange, message);
        }
    }

    private void send(HttpExchange exchange, String message) {
        try {
            OutputStream body = exchange.getResponseBody();
            body.write(message.getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException gone) {
            listeners.remove(exchange);
            exchange.close();
        }
    }

    @Override
    public void close() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}
