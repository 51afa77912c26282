package dev.gonogo.site.page;

import dev.gonogo.chart.RenderedChart;
import java.util.List;
import java.util.Objects;

/**
 * The history section of a review page: every commit that changed the review, newest first, with a chart.
 *
 * @param shown  whether the page has the section at all
 * @param note   why the history is missing or incomplete (no repository, shallow clone …), empty when complete
 * @param rows   the versions, newest first
 * @param charts the score across the versions, oldest first
 */
public record HistoryView(boolean shown, String note, List<Row> rows, List<RenderedChart> charts) {

    /** No history section. */
    public static final HistoryView NONE = new HistoryView(false, "", List.of(), List.of());

    public HistoryView {
        Objects.requireNonNull(note, "note");
        rows = List.copyOf(rows);
        charts = List.copyOf(charts);
    }

    /**
     * One committed version.
     *
     * @param date          ISO date of the commit
     * @param commit        the short commit id
     * @param author        who made the change
     * @param subject       the commit message's first line
     * @param path          the file's path in that commit
     * @param stated        the stated score, empty when none
     * @param computed      the computed score, empty when none
     * @param verdict       the verdict stated then
     * @param openMustHaves unchecked must-have items
     * @param errors        error findings
     * @param problem       why the version could not be read, empty when it could
     * @param marks         what turned at this version (verdict changed, errors appeared or fixed)
     */
    public record Row(String date, String commit, String author, String subject, String path, String stated,
                      String computed, String verdict, int openMustHaves, int errors, String problem,
                      List<String> marks) {
        public Row {
            marks = List.copyOf(marks);
        }
    }
}
