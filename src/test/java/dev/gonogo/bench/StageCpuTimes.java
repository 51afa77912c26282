package dev.gonogo.bench;

import dev.gonogo.chart.Charts;
import dev.gonogo.check.Checker;
import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.model.Review;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.site.JsonReviewExports;
import dev.gonogo.site.page.DocumentRenderer;
import dev.gonogo.site.page.Messages;
import dev.gonogo.source.SourceDocument;
import dev.gonogo.source.SourceReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU milliseconds per document for each stage, over a corpus, on one thread: a profile that stays meaningful on a
 * loaded machine, where JMH's wall-clock figures mostly measure waiting for a core. Two passes; the second (warm
 * JIT) is the one to quote. Run: {@code java -cp … dev.gonogo.bench.StageCpuTimes CORPUS_DIR}.
 */
public final class StageCpuTimes {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();

    public static void main(String[] args) {
        List<ReviewFile> files = ReviewFiles.collect(List.of(Path.of(args[0])));
        for (String pass : List.of("cold", "warm")) {
            StageCpuTimes times = new StageCpuTimes();
            times.run(files);
            times.print(pass, files.size());
        }
    }

    private void run(List<ReviewFile> files) {
        SourceReader reader = new SourceReader();
        ReviewParser parser = new ReviewParser(Vocabulary.defaults());
        Checker checker = Rules.checker(CheckSettings.defaults());
        DocumentRenderer markdown = new DocumentRenderer();
        Messages msg = Messages.forLanguage(Locale.ENGLISH);
        Charts charts = new Charts();
        JsonReviewExports exports = new JsonReviewExports();
        for (ReviewFile file : files) {
            SourceDocument document = time("read+decode", () -> reader.read(file.file(), file.displayPath()));
            Review review = time("parse", () -> parser.parse(document));
            ReviewResult result = time("check", () -> checker.check(review));
            time("markdown html", () -> markdown.render(document.text(), review, msg));
            time("charts (3)", () -> charts.forReview(result));
            time("json", () -> exports.modelJson(result).length + exports.findingsJson(result).length);
        }
    }

    private <T> T time(String stage, Supplier<T> work) {
        long start = threads.getCurrentThreadCpuTime();
        T value = work.get();
        cpuNanos.merge(stage, threads.getCurrentThreadCpuTime() - start, Long::sum);
        return value;
    }

    private void print(String pass, int documents) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s pass, %d documents, CPU ms/document:",
                pass, documents));
        cpuNanos.forEach((stage, nanos) -> line.append(String.format(Locale.ROOT, "  %s %.2f", stage,
                nanos / 1e6 / documents)));
        System.out.println(line);
    }
}
