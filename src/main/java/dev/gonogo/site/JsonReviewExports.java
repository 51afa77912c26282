package dev.gonogo.site;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.check.Finding;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.report.json.Json;
import dev.gonogo.report.json.ModelJsonWriter;
import java.util.List;

/**
 * The JSON files beside each review page: the public model JSON (as {@code gonogo model} prints it) and the
 * review's findings, both written by the shared {@link Json} set-up so they are byte-identical across runs.
 */
public final class JsonReviewExports implements ReviewExports {
    private final ModelJsonWriter models = new ModelJsonWriter();

    @Override
    public byte[] modelJson(ReviewResult result) {
        return models.toUtf8(result.review());
    }

    @Override
    public byte[] findingsJson(ReviewResult result) {
        List<FindingJson> findings = result.findings().stream().map(JsonReviewExports::finding).toList();
        return Json.toUtf8(new FindingsJson(result.review().source().path(), findings));
    }

    private static FindingJson finding(Finding f) {
        return new FindingJson(f.rule(), f.severity().id(), f.message(), f.location().line(), f.location().column(),
                f.related().stream().map(r -> new RelatedJson(r.line(), r.message())).toList());
    }

    /** A review's findings. */
    @JsonPropertyOrder({"path", "findings"})
    record FindingsJson(String path, List<FindingJson> findings) {
    }

    /** One finding; line and column are 0 when unknown. */
    @JsonPropertyOrder({"rule", "severity", "message", "line", "column", "related"})
    record FindingJson(String rule, String severity, String message, int line, int column,
                       List<RelatedJson> related) {
    }

    /** Another line that takes part in a finding. */
    @JsonPropertyOrder({"line", "message"})
    record RelatedJson(int line, String message) {
    }
}
