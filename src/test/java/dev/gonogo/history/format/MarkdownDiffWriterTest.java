package dev.gonogo.history.format;

import static dev.gonogo.history.ReviewBuilder.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.history.ReviewBuilder;
import dev.gonogo.history.ReviewDiff;
import dev.gonogo.history.ReviewDiffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownDiffWriterTest {

    private static String write(MarkdownDiffWriter writer, List<ReviewDiff> diffs) throws IOException {
        StringBuilder out = new StringBuilder();
        writer.write(diffs, out);
        return out.toString();
    }

    @Test
    void aCommentWithScoreTableAndSections() throws IOException {
        String md = write(new MarkdownDiffWriter(), List.of(SampleDiffs.typical()));

        assertThat(md).isEqualTo("""
                ## gonogo diff

                **1 review compared, 1 changed; 1 new finding (1 warning); 1 fixed.**

                ### new.md

                Compared: old.md → new.md

                | | Before | After | Change |
                |---|---:|---:|---:|
                | Stated score | 83.5 | 87.2 | +3.7 |
                | Computed score | 40.65 | 42.15 | +1.5 |
                | Verdict | Go with conditions | Go | |

                **Decision matrix**

                | Criterion | Change |
                |---|---|
                | Testing | weight 25 → 30 (+5), score 85 → 92 (+7) |
                | Security | weight 20 → 15 (-5) |

                **Checklist**

                - checked: **Stability Test** — Must Have › Testing

                **Metrics**

                | Metric | Change |
                |---|---|
                | Mesh Convergence | \\<2.3s → 2.8s; target \\<2.3s now missed |

                **New findings**

                - **warning** new.md:7 Heading marked done over open items (heading-status)

                **Fixed findings**

                - **error** old.md:5 Stated 83.5 differs from computed 40.65 (score-mismatch)
                """);
    }

    @Test
    void reviewTextCannotInjectMarkupOrBreakTables() throws IOException {
        ReviewDiff diff = new ReviewDiffer().diff(review("a.md").build(),
                review("a.md").row("<script>alert(1)</script> | x", "100", "50")
                        .item("[link](javascript:x) *bold*\nnext line", true).build());

        String md = write(new MarkdownDiffWriter(), List.of(diff));

        assertThat(md).contains("| \\<script\\>alert(1)\\</script\\> \\| x | weight 100, score 50 |");
        assertThat(md).contains("- added \\[x\\]: **\\[link\\](javascript:x) \\*bold\\* next line**");
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void neverExceedsGitHubsCommentLimit() throws IOException {
        List<ReviewDiff> diffs = new ArrayList<>();
        for (int r = 0; r < 300; r++) {
            ReviewBuilder before = review("content/review-" + r + ".md");
            ReviewBuilder after = review("content/review-" + r + ".md");
            IntStream.range(0, 200).forEach(i -> after.item("A rather long checklist item number " + i, true,
                    "Must Have", "Infrastructure"));
            diffs.add(new ReviewDiffer().diff(before.build(), after.build()));
        }

        String md = write(new MarkdownDiffWriter(), diffs);

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownDiffWriter.GITHUB_COMMENT_LIMIT);
        assertThat(md).startsWith("## gonogo diff\n\n**300 reviews compared, 300 changed;");
        assertThat(md).containsPattern("To fit GitHub's comment size limit, \\d+ review\\(s\\) are shown in short "
                + "and \\d+ are not shown");
        assertThat(md).contains("### content/review-0.md").contains("200 checklist item(s)");
    }

    @Test
    void aSmallDiffIsNeverShortened() throws IOException {
        String md = write(new MarkdownDiffWriter(1_000), List.of(SampleDiffs.unchanged()));

        assertThat(md).isEqualTo("""
                ## gonogo diff

                **1 review compared, 0 changed; 0 new findings; 0 fixed.**

                ### same.md

                No change in scores, verdict, matrix, checklist, metrics or findings.
                """);
    }
}
