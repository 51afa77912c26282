package dev.gonogo.cli;

import dev.gonogo.chart.Charts;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.serve.DevServer;
import dev.gonogo.site.DrawnSiteCharts;
import dev.gonogo.site.SiteOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gonogo serve}: builds the site, serves it locally and rebuilds and reloads as reviews are edited. */
@Command(name = "serve", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = {"Build the site, serve it at http://127.0.0.1:PORT/ and watch the content and theme "
                + "folders: every save rebuilds what changed and reloads the open pages. Errors show on the page; "
                + "the server keeps running. Ctrl-C stops it.",
                "Only this computer can connect unless --bind names another address."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteInputs inputs;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    String bind;

    @Spec
    CommandSpec spec;

    /** Completes when the server should stop; Ctrl-C completes it through a shutdown hook. */
    private final CompletableFuture<Void> stop;
    /** Told the server's address once it listens. */
    private final Consumer<URI> started;

    ServeCommand() {
        this(new CompletableFuture<>(), url -> { });
    }

    ServeCommand(CompletableFuture<Void> stop, Consumer<URI> started) {
        this.stop = stop;
        this.started = started;
    }

    @Override
    public Integer call() throws IOException {
        Path content = inputs.contentFolder();
        GonogoConfig config = inputs.config();
        SiteOptions options = new SiteOptions(Locale.forLanguageTag(config.language().toString()), "", null,
                config.checkSettings().tolerance());
        ReviewPipeline pipeline = ReviewPipeline.of(config);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> stopAndWait(closed), "gonogo-serve-stop");
        try (GitSiteHistory history = GitSiteHistory.open(pipeline, new Charts(options.language()), content, null,
                config.toString());
             DevServer server = DevServer.start(new LiveSiteBuild(content, inputs.themeFolder(),
                     new ReviewLoader(pipeline), options, inputs::theme,
                     new DrawnSiteCharts(options.language()), history), watched(),
                     new InetSocketAddress(address(), port), out)) {
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Serving " + ModelCommand.displayPath(content) + " at " + server.url()
                    + " (Ctrl-C to stop)");
            out.flush();
            started.accept(server.url());
            stop.join();
        } finally {
            closed.countDown();
        }
        removeHook(hook);
        out.println("Stopped.");
        out.flush();
        return ExitCode.OK;
    }

    /** Ctrl-C: let the command close the server (and delete its work folder) before the JVM halts. */
    private void stopAndWait(CountDownLatch closed) {
        stop.complete(null);
        try {
            closed.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Path> watched() {
        List<Path> folders = new ArrayList<>(List.of(inputs.content));
        inputs.themeFolder().ifPresent(folders::add);
        return folders;
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: unknown address '" + bind + "'");
        }
    }

    /** Stopped without Ctrl-C (tests, an embedding caller): the hook is no longer needed. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the JVM is running the hook right now
        }
    }
}
