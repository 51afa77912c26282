package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What every chart's SVG must satisfy to be inlined in the site's pages. */
class SvgExporterTest {

    private final Charts charts = new Charts(Locale.ENGLISH);

    @Test
    void idsAreUniqueAcrossAReviewPageAndEveryReferenceResolves() {
        List<RenderedChart> page = charts.forReview(Reviews.seedResult());
        List<String> ids = page.stream().flatMap(c -> Svg.parse(c.svg()).ids().stream()).toList();

        assertThat(ids).doesNotHaveDuplicates();
        for (RenderedChart chart : page) {
            Svg svg = Svg.parse(chart.svg());
            assertThat(svg.ids()).allMatch(id -> id.startsWith("chart-" + chart.id()));
            assertThat(svg.references()).isNotEmpty().allMatch(svg.ids()::contains);
        }
    }

    @Test
    void textTakesThePageColourThroughAClass() {
        for (RenderedChart chart : charts.forReview(Reviews.seedResult())) {
            Svg svg = Svg.parse(chart.svg());
            assertThat(svg.texts()).isNotEmpty().allSatisfy(text -> {
                assertThat(text.hasClass(SvgExporter.TEXT_CLASS)).isTrue();
                assertThat(text.attr("fill")).isEqualTo("currentColor");
                assertThat(text.attr("style")).doesNotContain("fill").contains("font-family:DejaVu Sans, sans-serif");
            });
        }
    }

    @Test
    void axesAndGridLinesCarryTheirClassesAndNoFixedColour() {
        Element root = Svg.parse(charts.forReview(Reviews.seedResult()).get(0).svg()).root();

        assertThat(root.select("." + SvgExporter.AXIS_CLASS)).isNotEmpty().allSatisfy(line -> {
            assertThat(line.attr("stroke")).isEqualTo("currentColor");
            assertThat(line.attr("style")).doesNotContain("stroke:");
        });
        assertThat(root.select("." + SvgExporter.GRID_CLASS)).isNotEmpty()
                .allMatch(line -> line.attr("stroke-opacity").equals(SvgExporter.GRID_OPACITY));
        assertThat(root.select("[style*=rgb(128,128,128)], [style*=rgb(192,192,192)], [style*=rgb(32,32,32)]"))
                .isEmpty();
    }

    @Test
    void noTextIsDrawnAsGlyphOutlinesAndNothingIsInvisible() {
        for (RenderedChart chart : charts.forReview(Reviews.seedResult())) {
            Element root = Svg.parse(chart.svg()).root();
            // JFreeChart draws rotated text as glyph paths inside a rotating transform: we never rotate text.
            assertThat(root.select("[transform]")).isEmpty();
            assertThat(root.select("[style*=fill-opacity:0.0]")).isEmpty();
        }
    }

    /**
     * The exporter rewrites JFreeSVG's text without parsing it: review text that looks like markup or like one of
     * the style attributes it rewrites must come out as the same text, inside the same elements.
     */
    @Test
    void reviewTextThatLooksLikeMarkupOrStylesStaysText() {
        String hostile = "X' style='fill:red' onload='alert(1)' <script>alert(2)</script> & \" style='";
        Review review = Reviews.review(new Matrix("Decision Matrix", 142, List.of("Criterion", "Weight", "Score"),
                List.of(Reviews.row(hostile, "60", "90", 144), Reviews.row("Testing", "40", "80", 145)), true,
                new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("86"), null), null, List.of(),
                List.of());

        RenderedChart chart = charts.forReview(new ReviewResult(review, List.of())).get(0);
        Element root = Svg.parse(chart.svg()).root();

        assertThat(root.select("script, [onload]")).isEmpty();
        assertThat(root.select("[style*=red]")).isEmpty();
        assertThat(String.join(" ", root.select("text").eachText())).contains("X' style='fill:red' onload=");
        assertThat(root.selectFirst("desc").text()).contains(hostile);
        assertThat(root.select("text")).allSatisfy(text -> assertThat(text.hasClass(SvgExporter.TEXT_CLASS)).isTrue());
    }
}
