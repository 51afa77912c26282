package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.ChecklistChartData.Group;
import dev.gonogo.model.ChecklistItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistChartDataTest {

    @Test
    void seedChecklistIsGroupedByItsLastTwoHeadingsInDocumentOrder() {
        ChecklistChartData data = ChecklistChartData.of(Reviews.seed()).orElseThrow();

        assertThat(data.groups()).containsExactly(
                new Group("Must Have (Критично) › Technical Readiness", 5, 0),
                new Group("Must Have (Критично) › Testing", 4, 2),
                new Group("Must Have (Критично) › Infrastructure", 4, 2),
                new Group("Should Have (Желательно) › Observability", 1, 3),
                new Group("Should Have (Желательно) › Operations", 3, 2));
        assertThat(data.done()).isEqualTo(17);
        assertThat(data.total()).isEqualTo(26);
    }

    @Test
    void shortPathsAndItemsOutsideAnyHeadingStillCount() {
        List<ChecklistItem> items = List.of(
                item(true, List.of()),
                item(false, List.of("Launch")),
                item(true, List.of("Launch")),
                item(false, List.of("Other", "", "Launch")));

        ChecklistChartData data = ChecklistChartData.of(
                Reviews.review(null, null, items, List.of())).orElseThrow();

        assertThat(data.groups()).containsExactly(new Group("", 1, 0), new Group("Launch", 1, 1),
                new Group("Other › Launch", 0, 1));
    }

    @Test
    void noChecklistNoData() {
        assertThat(ChecklistChartData.of(Reviews.empty())).isEmpty();
    }

    private static ChecklistItem item(boolean checked, List<String> path) {
        return new ChecklistItem("item", "", checked, Reviews.NONE, path, 1);
    }
}
