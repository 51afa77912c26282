package dev.gonogo.site.page;

import java.util.List;
import java.util.Objects;

/**
 * The source view ({@code source.ftlh}): the original Markdown with numbered, linkable lines ({@code #L150}) and
 * the findings on the lines they point at.
 *
 * @param frame        layout data
 * @param title        the review's title
 * @param reviewLink   link back to the review page
 * @param path         the source path as given
 * @param encoding     how the bytes were decoded
 * @param lines        every line of the text
 * @param fileFindings findings about the file as a whole (line 0, or past the end)
 */
public record SourcePage(PageFrame frame, String title, String reviewLink, String path, String encoding,
                         List<Line> lines, List<FindingView> fileFindings) {
    public SourcePage {
        Objects.requireNonNull(frame, "frame");
        lines = List.copyOf(lines);
        fileFindings = List.copyOf(fileFindings);
    }

    /**
     * One line of the source.
     *
     * @param number   1-based
     * @param text     the line as written, without its line break
     * @param severity the most serious finding's severity on this line, empty when none
     * @param findings findings on this line
     */
    public record Line(int number, String text, String severity, List<FindingView> findings) {
        public Line {
            findings = List.copyOf(findings);
        }

        public String anchor() {
            return "L" + number;
        }
    }
}
