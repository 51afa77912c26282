package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that dies midway — here an {@link Error} (as an OutOfMemoryError would be) thrown while the third
 * review's page is drawn, after other pages were written — leaves the published site byte for byte and
 * timestamp for timestamp as it was, and no half-written folder beside it.
 */
class InterruptedBuildTest {
    @TempDir
    Path temp;

    @Test
    void theSitePublishedBeforeIsUntouchedAndNothingIsLeftBehind() throws IOException {
        Path out = temp.resolve("site");
        List<ReviewDocument> reviews = List.of(SiteFixtures.seed(), SiteFixtures.earlier(),
                SiteFixtures.copy(SiteFixtures.seed(), "copy/prr-x0tta6bl4-v3.4.0.md"),
                SiteFixtures.empty("notes.md"));
        new SitePublisher().publish(out, folder -> generator(SiteCharts.NONE).generate(reviews, folder));
        FolderSnapshot before = FolderSnapshot.of(out);
        assertThat(before.files()).containsKeys("index.html", "reviews/", "assets/");

        AtomicInteger drawn = new AtomicInteger();
        SiteCharts dying = new SiteCharts() {
            @Override
            public List<RenderedChart> forReview(ReviewResult review) {
                if (drawn.incrementAndGet() == 3) {
                    throw new Error("the machine ran out of memory");
                }
                return List.of();
            }

            @Override
            public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> new SitePublisher().publish(out,
                folder -> generator(dying).generate(reviews, folder)))
                .isInstanceOf(Error.class).hasMessageContaining("the machine ran out of memory");

        assertThat(drawn).hasValueGreaterThanOrEqualTo(3);
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    private static SiteGenerator generator(SiteCharts charts) {
        return new SiteGenerator(Theme.defaultTheme(), SiteOptions.defaults(), charts, new JsonReviewExports());
    }
}
