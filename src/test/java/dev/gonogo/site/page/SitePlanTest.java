package dev.gonogo.site.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.site.SiteFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which file each review and system gets, and in which order versions are listed. */
class SitePlanTest {

    @Test
    void versionsAreOrderedAsPeopleReadThem() {
        List<String> versions = List.of("v3.10.0", "3.4.0-fixed2", "3.4.0", "v3.9", "3.4.0-fixed10", "2.0");
        assertThat(versions.stream().sorted(VersionOrder.INSTANCE))
                .containsExactly("2.0", "3.4.0", "3.4.0-fixed2", "3.4.0-fixed10", "v3.9", "v3.10.0");
    }

    @Test
    void slugsAreAsciiFileNamesWithCyrillicTransliterated() {
        assertThat(Slugs.of("x0tta6bl4 3.4.0-fixed2", "r")).isEqualTo("x0tta6bl4-3.4.0-fixed2");
        assertThat(Slugs.of("Платёжный шлюз v2", "r")).isEqualTo("platezhnyy-shlyuz-v2");
        assertThat(Slugs.of("Café / Crème", "r")).isEqualTo("cafe-creme");
        assertThat(Slugs.of("../../etc/passwd", "r")).isEqualTo("etc-passwd");
        assertThat(Slugs.of("<script>", "r")).isEqualTo("script");
        assertThat(Slugs.of("🚀", "fallback")).isEqualTo("fallback");
    }

    @Test
    void reviewsOfOneSystemShareItsPageInVersionOrder() {
        SitePlan plan = SitePlan.of(List.of(SiteFixtures.seed(), SiteFixtures.earlier(),
                SiteFixtures.empty("notes/empty.md")));
        assertThat(plan.systems()).extracting(PlannedSystem::name).containsExactly("x0tta6bl4", "");
        PlannedSystem system = plan.systems().get(0);
        assertThat(system.page()).isEqualTo("systems/x0tta6bl4.html");
        assertThat(system.versions()).extracting(r -> r.review().version()).containsExactly("3.3.0", "3.4.0-fixed2");
        assertThat(plan.reviews()).extracting(r -> r.links().page()).containsExactly(
                "reviews/empty.html", "reviews/x0tta6bl4-3.3.0.html", "reviews/x0tta6bl4-3.4.0-fixed2.html");
        assertThat(plan.systems().get(1).hasPage()).isFalse();
        assertThat(plan.reviews().get(0).systemPage()).isEmpty();
    }

    @Test
    void collidingNamesAreDisambiguatedInPathOrder() {
        SitePlan plan = SitePlan.of(List.of(SiteFixtures.copy(SiteFixtures.seed(), "b/seed.md"),
                SiteFixtures.copy(SiteFixtures.seed(), "a/seed.md"), SiteFixtures.empty("c/empty.md"),
                SiteFixtures.empty("a/empty.md")));
        assertThat(plan.reviews()).extracting(r -> r.review().source().path() + " " + r.links().slug())
                .containsExactly("a/empty.md empty", "a/seed.md x0tta6bl4-3.4.0-fixed2", "b/seed.md x0tta6bl4-3.4.0-fixed2-2",
                        "c/empty.md empty-2");
    }
}
