package dev.gonogo.site.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecklistGroupsTest {

    @Test
    void sharesAreRoundedToTheNearestPercent() {
        assertThat(ChecklistGroups.percent(4, 6)).isEqualTo(67);
        assertThat(ChecklistGroups.percent(1, 3)).isEqualTo(33);
        assertThat(ChecklistGroups.percent(1, 2)).isEqualTo(50);
        assertThat(ChecklistGroups.percent(17, 26)).isEqualTo(65);
    }

    @Test
    void onlyAFinishedGroupShowsAHundredAndOnlyAnUntouchedOneZero() {
        assertThat(ChecklistGroups.percent(199, 200)).isEqualTo(99);
        assertThat(ChecklistGroups.percent(1, 300)).isEqualTo(1);
        assertThat(ChecklistGroups.percent(0, 5)).isZero();
        assertThat(ChecklistGroups.percent(5, 5)).isEqualTo(100);
    }
}
