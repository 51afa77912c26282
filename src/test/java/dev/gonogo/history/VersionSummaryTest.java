package dev.gonogo.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionSummaryTest {

    @Test
    void countsOpenMustHavesInEnglishAndRussianHeadings() {
        VersionSummary summary = VersionSummary.of(ReviewBuilder.review("a.md")
                .item("Stability Test", false, "Go/No-Go Criteria", "Must Have (Критично)", "Testing")
                .item("Unit Tests", true, "Go/No-Go Criteria", "Must Have (Критично)", "Testing")
                .item("Production Cluster", false, "Обязательные условия")
                .item("Grafana Dashboards", false, "Should Have (Желательно)", "Observability")
                .row("Testing", "100", "85")
                .stated("85", "Go with conditions")
                .finding("score-mismatch", 3, "x").warning("heading-status", 4, "y").warning("heading-status", 5, "z")
                .build());

        assertThat(summary.openMustHaves()).isEqualTo(2);
        assertThat(summary.stated()).isEqualByComparingTo("85");
        assertThat(summary.computed()).isEqualByComparingTo("85");
        assertThat(summary.verdict()).isEqualTo("Go with conditions");
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.warnings()).isEqualTo(2);
        assertThat(summary.readable()).isTrue();
    }

    @Test
    void milestonesSkipUnreadableVersions() {
        VersionSummary go = new VersionSummary(BigDecimal.TEN, null, "Go", 0, 0, 0, "");
        VersionSummary broken = VersionSummary.unreadable("undecodable");
        VersionSummary noGoWithErrors = new VersionSummary(BigDecimal.ONE, null, "No-Go", 3, 2, 0, "");

        assertThat(Milestone.of(List.of(go, broken, noGoWithErrors))).containsExactly(
                new Milestone(2, Milestone.Kind.VERDICT_CHANGED, "verdict: Go → No-Go"),
                new Milestone(2, Milestone.Kind.ERRORS_APPEARED, "2 error(s) appeared"));
        assertThat(Milestone.of(List.of(go))).isEmpty();
    }
}
