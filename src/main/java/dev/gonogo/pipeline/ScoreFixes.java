package dev.gonogo.pipeline;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.rules.StatedScoreMatchesMatrixRule;
import dev.gonogo.fix.AtomicFileWriter;
import dev.gonogo.fix.FixPlan;
import dev.gonogo.fix.ScoreFixer;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code check --fix}: plans the score fixes of checked files and writes them. Each file to fix is read again as
 * bytes, decoded and checked from those very bytes, so the plan and the bytes it edits always belong together;
 * the writer refuses to write when the file changed in between.
 */
public final class ScoreFixes {

    private final ReviewPipeline pipeline;
    private final ScoreFixer fixer;
    private final AtomicFileWriter writer;

    public ScoreFixes(ReviewPipeline pipeline, ScoreFixer fixer, AtomicFileWriter writer) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.fixer = Objects.requireNonNull(fixer, "fixer");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** The fixes for every file whose check found a wrong stated score, in file order; none for the others. */
    public List<FixPlan> plan(CheckResult result, List<ReviewFile> files) {
        Map<String, ReviewFile> byPath = files.stream()
                .collect(Collectors.toMap(ReviewFile::displayPath, Function.identity(), (a, b) -> a));
        List<FixPlan> plans = new ArrayList<>();
        for (ReviewResult checked : result.reviews()) {
            boolean wrongScore = checked.findings().stream()
                    .anyMatch(f -> f.rule().equals(StatedScoreMatchesMatrixRule.ID));
            ReviewFile file = byPath.get(checked.review().source().path());
            if (wrongScore && file != null) {
                FixPlan plan = plan(file);
                if (plan.changesAnything()) {
                    plans.add(plan);
                }
            }
        }
        return List.copyOf(plans);
    }

    /** Writes a plan over its file, atomically; the file is left as it was on any failure. */
    public void apply(FixPlan plan, ReviewFile file) {
        writer.replace(file.file(), plan.original(), plan.fixed(), file.displayPath());
    }

    private FixPlan plan(ReviewFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.file());
        } catch (IOException e) {
            throw new InputException(file.displayPath() + ": cannot read the file to fix it: " + e.getMessage(), e);
        }
        SourceDocument document = pipeline.reader().decode(bytes, file.displayPath());
        return fixer.plan(pipeline.check(document), document, bytes);
    }
}
