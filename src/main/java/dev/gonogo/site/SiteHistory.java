package dev.gonogo.site;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.history.git.ReviewHistory;
import dev.gonogo.site.page.ReviewDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a review page gets its history from git. The command line passes an implementation reading the
 * repository (and drawing the chart); tests and sites without history pass {@link #NONE}.
 */
@FunctionalInterface
public interface SiteHistory {

    /** No history section on any page. */
    SiteHistory NONE = document -> Optional.empty();

    /** The history of one review, or empty to leave the section out. */
    Optional<Section> of(ReviewDocument document);

    /**
     * A review's history and its chart.
     *
     * @param history the committed versions, or a note saying why there are none
     * @param charts  the score across the versions (none for fewer than two)
     */
    record Section(ReviewHistory history, List<RenderedChart> charts) {
        public Section {
            Objects.requireNonNull(history, "history");
            charts = List.copyOf(charts);
        }
    }
}
