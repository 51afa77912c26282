package dev.gonogo.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The server behind {@code gonogo serve}: builds the site, serves it over HTTP, watches the given folders,
 * rebuilds on change and tells open pages to reload. Close it to stop everything and delete its work folder.
 */
public final class DevServer implements AutoCloseable {
    private static final Duration QUIET = Duration.ofMillis(60);
    private static final long HEARTBEAT_SECONDS = 15;

    private final HttpServer http;
    private final ExecutorService requests;
    private final ScheduledExecutorService heartbeat;
    private final LiveReload reload = new LiveReload();
    private final Rebuilder rebuilder;
    private final Path work;
    private TreeWatcher watcher;
    private boolean listening;

    private DevServer(HttpServer http, ExecutorService requests, ScheduledExecutorService heartbeat,
                      SiteBuild build, Path work, PrintWriter log) {
        this.http = http;
        this.requests = requests;
        this.heartbeat = heartbeat;
        this.work = work;
        this.rebuilder = new Rebuilder(build, work, log, reload::reload);
    }

    /**
     * Builds once, then serves and watches.
     *
     * @param build   builds the site
     * @param watched folders whose changes trigger a rebuild (content, theme)
     * @param address where to listen; port 0 picks a free port
     * @param log     where build results are printed
     */
    public static DevServer start(SiteBuild build, List<Path> watched, InetSocketAddress address, PrintWriter log)
            throws IOException {
        Path work = Files.createTempDirectory("gonogo-serve-");
        HttpServer http = HttpServer.create(address, 0);
        ExecutorService requests = Executors.newCachedThreadPool(daemon("gonogo-serve-http"));
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("gonogo-serve-ping"));
        DevServer server = new DevServer(http, requests, heartbeat, build, work, log);
        try {
            server.rebuilder.buildNow();
            server.watcher = new TreeWatcher(watched, QUIET, server::changed);
            server.listen();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void listen() {
        http.createContext("/", new StaticSite(rebuilder::state));
        http.createContext(LivePage.EVENTS_PATH, reload::listen);
        http.createContext(LivePage.SCRIPT_PATH, DevServer::script);
        http.setExecutor(requests);
        http.start();
        listening = true;
        heartbeat.scheduleAtFixedRate(reload::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Editors' swap and backup files, and hidden folders, do not trigger a rebuild. */
    private void changed(Set<Path> paths) {
        Set<Path> relevant = paths.stream().filter(DevServer::relevant).collect(Collectors.toSet());
        if (!relevant.isEmpty()) {
            rebuilder.changed(relevant);
        }
    }

    static boolean relevant(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp") && !name.endsWith(".tmp")
                && !name.startsWith("#");
    }

    private static void script(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = DevServer.class.getResourceAsStream("live-reload.js")) {
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** The number of the last build (1 after start). */
    public long builds() {
        return rebuilder.state().number();
    }

    /** Open event streams, for tests. */
    int listeners() {
        return reload.listeners();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        heartbeat.shutdownNow();
        reload.close();
        if (listening) {
            http.stop(0);
        }
        requests.shutdownNow();
        rebuilder.close();
        Rebuilder.deleteQuietly(work);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
