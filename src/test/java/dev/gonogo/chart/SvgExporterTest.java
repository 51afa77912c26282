package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

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
}
