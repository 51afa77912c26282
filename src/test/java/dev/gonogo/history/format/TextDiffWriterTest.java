package dev.gonogo.history.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffWriterTest {

    @Test
    void oneLinePerChangeThenTheSummary() throws IOException {
        StringBuilder out = new StringBuilder();
        new TextDiffWriter().write(List.of(SampleDiffs.typical()), out);

        assertThat(out.toString()).isEqualTo("""
                old.md → new.md
                  stated score    83.5 → 87.2 (+3.7)
                  computed score  40.65 → 42.15 (+1.5)
                  verdict         Go with conditions → Go
                  matrix
                    ~ Testing: weight 25 → 30 (+5), score 85 → 92 (+7)
                    ~ Security: weight 20 → 15 (-5)
                  checklist
                    checked: Stability Test — Must Have › Testing (line 3)
                  metrics
                    ~ Mesh Convergence: <2.3s → 2.8s; target <2.3s now missed (line 4)
                  new findings
                    new.md:7: warning: Heading marked done over open items [heading-status]
                  fixed findings
                    old.md:5: error: Stated 83.5 differs from computed 40.65 [score-mismatch]

                1 review compared, 1 changed; 1 new finding (1 warning); 1 fixed.
                """);
    }

    @Test
    void unchangedReviewSaysSo() throws IOException {
        StringBuilder out = new StringBuilder();
        new TextDiffWriter().write(List.of(SampleDiffs.unchanged()), out);

        assertThat(out.toString()).isEqualTo("""
                same.md → same.md
                  no change in scores, verdict, matrix, checklist, metrics or findings

                1 review compared, 0 changed; 0 new findings; 0 fixed.
                """);
    }
}
