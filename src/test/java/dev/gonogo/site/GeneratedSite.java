package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site generated into a folder for a test, with its pages parsed by jsoup. */
final class GeneratedSite {
    /** Charts standing in for the chart package: one small SVG per review, a trend for two or more versions. */
    static final SiteCharts FAKE_CHARTS = new SiteCharts() {
        @Override
        public List<RenderedChart> forReview(ReviewResult review) {
            if (review.review().matrix() == null) {
                return List.of();
            }
            return List.of(new RenderedChart("matrix", "Decision matrix", "Score of each criterion.",
                    List.of("Criterion", "Score"), review.review().matrix().rows().stream()
                            .map(r -> List.of(r.criterion(), r.score().toPlainString())).toList(),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" role=\"img\" "
                            + "aria-labelledby=\"chart-matrix-title\"><title id=\"chart-matrix-title\">Decision matrix"
                            + "</title><rect class=\"bar\" width=\"5\" height=\"5\"/></svg>"));
        }

        @Override
        public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
            if (versions.size() < 2) {
                return List.of();
            }
            return List.of(new RenderedChart("trend", "Score by version", "Stated score of each version.",
                    List.of("Version", "Score"), versions.stream()
                            .map(v -> List.of(v.review().version(), v.review().statedScore().valueText())).toList(),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Score by version</title>"
                            + "<polyline class=\"line\" points=\"0,0 5,5\"/></svg>"));
        }
    };

    final Path folder;

    private GeneratedSite(Path folder) {
        this.folder = folder;
    }

    static GeneratedSite generate(Path folder, List<ReviewDocument> documents) {
        return generate(folder, documents, SiteOptions.defaults());
    }

    static GeneratedSite generate(Path folder, List<ReviewDocument> documents, SiteOptions options) {
        SiteGenerator generator = new SiteGenerator(Theme.defaultTheme(), options, FAKE_CHARTS,
                new JsonReviewExports());
        try {
            Files.createDirectories(folder);
            generator.generate(documents, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedSite(folder);
    }

    /** A page parsed as HTML, its base URI the page's own location (so relative links resolve). */
    Document page(String path) {
        Path file = folder.resolve(path);
        assertThat(file).as("page %s", path).isRegularFile();
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String path) {
        try {
            return Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
