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
 * loaded machine, where JMH's wall-clock figures mostly measure waiting for a core. A cold pass, then warm passes
 * (two unless given), and the lowest figure of each stage over the warm passes: other processes sharing the core's
 * caches only ever add time. Run: {@code java -cp … dev.gonogo.bench.StageCpuTimes CORPUS_DIR [WARM_PASSES]}.
 */
public final class StageCpuTimes {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();

    public static void main(String[] args) {
        List<ReviewFile> files = ReviewFiles.collect(List.of(Path.of(args[0])));
        int warmPasses = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Map<String, Long> best = new LinkedHashMap<>();
        for (int pass = 0; pass <= warmPasses; pass++) {
            StageCpuTimes times = new StageCpuTimes();
            times.run(files);
            print(pass == 0 ? "cold pass" : "warm pass " + pass, times.cpuNanos, files.size());
            if (pass > 0) {
                times.cpuNanos.forEach((stage, nanos) -> best.merge(stage, nanos, Math::min));
            }
        }
        print("best warm", best, files.size());
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

    private static void print(String pass, Map<String, Long> cpuNanos, int documents) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s, %d documents, CPU ms/document:",
                pass, documents));
        cpuNanos.forEach((stage, nanos) -> line.append(String.format(Locale.ROOT, "  %s %.2f", stage,
                nanos / 1e6 / documents)));
        System.out.println(line);
    }
}
