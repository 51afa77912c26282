package dev.gonogo.history;

import dev.gonogo.check.TargetOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Checker;
import dev.gonogo.check.Finding;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.model.State;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceReader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed review against a second version written by hand ({@code fixtures/history/EDITS.txt} lists the edits):
 * the diff lists exactly those edits, although a line inserted at the top moved everything below it.
 */
class ReviewDiffSeedTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/history");
    private static ReviewDiff diff;

    @BeforeAll
    static void diffTheTwoVersions() {
        diff = new ReviewDiffer().diff(analyze("prr-x0tta6bl4-v3.4.0.md"), analyze("prr-x0tta6bl4-v3.4.0-jan9.md"));
    }

    private static ReviewResult analyze(String name) {
        ReviewParser parser = new ReviewParser(Vocabulary.defaults());
        Checker checker = Rules.checker(CheckSettings.defaults());
        return checker.check(parser.parse(new SourceReader().read(FIXTURES.resolve(name), name)));
    }

    @Test
    void statedAndComputedScores() {
        assertThat(diff.statedScore().before()).isEqualByComparingTo("83.5");
        assertThat(diff.statedScore().after()).isEqualByComparingTo("87.2");
        assertThat(diff.computedScore().before()).isEqualByComparingTo("85.65");
        assertThat(diff.computedScore().after()).isEqualByComparingTo("87.15");
        assertThat(diff.verdict().changed()).isFalse();
        assertThat(diff.recommendation().changed()).isFalse();
    }

    @Test
    void twoMatrixRowsChanged() {
        assertThat(diff.matrixRows()).extracting(MatrixRowChange::criterion, MatrixRowChange::kind,
                        c -> c.weight().delta().map(Object::toString).orElse(""),
                        c -> c.score().delta().map(Object::toString).orElse(""))
                .containsExactly(
                        tuple("Testing", ChangeKind.CHANGED, "5", "7"),
                        tuple("Security", ChangeKind.CHANGED, "-5", "0"));
    }

    @Test
    void oneBoxChecked() {
        assertThat(diff.checklist()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChecklistChange.Kind.CHECKED);
            assertThat(change.text()).isEqualTo("Stability Test");
            assertThat(change.path()).containsExactly("Go/No-Go Criteria", "Must Have (Критично)", "Testing");
            assertThat(change.before().line()).isEqualTo(112);
            assertThat(change.after().line()).isEqualTo(113);
        });
    }

    @Test
    void twoMetricsChangedOneNowMissesItsTarget() {
        assertThat(diff.metrics()).extracting(MetricChange::label, c -> c.value().before(), c -> c.value().after())
                .containsExactly(
                        tuple("Error Rate", "<1%", "<0.5%"),
                        tuple("Mesh Convergence", "<2.3s", "2.8s"));
        MetricChange mesh = diff.metrics().get(1);
        assertThat(mesh.targetBefore()).isEqualTo(TargetOutcome.MET);
        assertThat(mesh.targetAfter()).isEqualTo(TargetOutcome.MISSED);
        assertThat(mesh.newlyMissed()).isTrue();
        assertThat(mesh.after().status().state()).isEqualTo(State.ATTENTION);
        assertThat(diff.metrics().get(0).targetAfter()).isEqualTo(TargetOutcome.NO_TARGET);
    }

    /**
     * Checking the box added one more done claim to the stability test's status conflict (the test section still
     * says RUNNING): the same conflict, now with line 113 among its done claims and 112 no longer against it. The
     * corrected overall score fixed the score mismatch; the findings that stayed moved one line down: changed,
     * neither new nor fixed.
     */
    @Test
    void findingsNewFixedAndChanged() {
        assertThat(diff.newFindings()).isEmpty();
        assertThat(diff.fixedFindings()).extracting(Finding::rule, f -> f.location().line())
                .containsExactly(tuple("score-mismatch", 150));
        assertThat(diff.changedFindings()).extracting(c -> c.before().location().line(),
                        c -> c.after().location().line(), c -> c.after().rule())
                .containsExactly(tuple(14, 15, "status-conflict"), tuple(98, 99, "heading-status"));
    }
}
