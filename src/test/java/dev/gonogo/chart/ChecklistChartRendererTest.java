package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChecklistChartRendererTest {

    private final ChecklistChartRenderer renderer = new ChecklistChartRenderer(Locale.ENGLISH);
    private final ChecklistChartData seed = ChecklistChartData.of(Reviews.seed()).orElseThrow();

    @Test
    void tableAndDescriptionCountDoneAndOpenItemsPerGroup() {
        RenderedChart chart = renderer.render(seed);

        assertThat(chart.id()).isEqualTo("checklist");
        assertThat(chart.columns()).containsExactly("Group", "Done", "Open", "Total");
        assertThat(chart.rows()).containsExactly(
                List.of("Must Have (Критично) › Technical Readiness", "5", "0", "5"),
                List.of("Must Have (Критично) › Testing", "4", "2", "6"),
                List.of("Must Have (Критично) › Infrastructure", "4", "2", "6"),
                List.of("Should Have (Желательно) › Observability", "1", "3", "4"),
                List.of("Should Have (Желательно) › Operations", "3", "2", "5"));
        assertThat(chart.description()).isEqualTo("17 of 26 checklist items done in 5 groups: "
                + "Must Have (Критично) › Technical Readiness 5 of 5; Must Have (Критично) › Testing 4 of 6; "
                + "Must Have (Критично) › Infrastructure 4 of 6; Should Have (Желательно) › Observability 1 of 4; "
                + "Should Have (Желательно) › Operations 3 of 5.");
    }

    @Test
    void doneIsFilledOpenIsOutlinedAndAGroupWithNothingOpenHasNoOpenBar() {
        Svg svg = Svg.parse(renderer.render(seed).svg());

        assertThat(svg.bars(ChartTheme.BLUE, false)).hasSize(5);
        assertThat(svg.bars(ChartTheme.BLUE, true)).hasSize(4);
    }

    @Test
    void groupNamesCountsAndLegendAreText() {
        Svg svg = Svg.parse(renderer.render(seed).svg());

        assertThat(svg.allText()).contains("Must Have (Критично) › Testing", "Should Have (Желательно) ›",
                "Operations", "Technical Readiness");
        assertThat(svg.textContents()).contains("5 / 5", "4 / 6", "1 / 4", "3 / 5", "Done", "Open", "Items");
    }

    @Test
    void itemsUnderNoHeadingFormTheChecklistGroup() {
        RenderedChart chart = renderer.render(new ChecklistChartData(List.of(new ChecklistChartData.Group("", 1, 1))));

        assertThat(chart.rows()).containsExactly(List.of("Checklist", "1", "1", "2"));
        assertThat(Svg.parse(chart.svg()).textContents()).contains("Checklist");
    }
}
