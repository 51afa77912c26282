package dev.gonogo.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent event stream as a test sees it: every line read on a thread of its own into a queue. Reading on
 * the thread that opened the stream would block it for good whenever the response arrived before the callback was
 * attached (the callback then runs at once, on the caller).
 */
public final class EventStream {
    private static final Executor OWN_THREAD = task -> {
        Thread reader = new Thread(task, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    };

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private EventStream() {
    }

    /** Opens the stream at {@code url}; lines arrive as the server sends them, until it closes the stream. */
    public static EventStream open(HttpClient client, URI url) {
        EventStream stream = new EventStream();
        client.sendAsync(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> stream.read(response.body()), OWN_THREAD);
        return stream;
    }

    private void read(Stream<String> body) {
        try (body) {
            body.forEach(lines::add);
        } catch (RuntimeException closed) {
            // the server closed the stream when it stopped
        }
    }

    /** The next line starting with {@code prefix}, skipping others; {@code null} when none came in time. */
    public String next(String prefix, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (long left = unit.toNanos(timeout); left > 0; left = deadline - System.nanoTime()) {
            String line = lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }
}
