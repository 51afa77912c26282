package dev.gonogo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelWorkTest {

    @Test
    void resultsComeInItemOrder() throws IOException {
        assertThat(ParallelWork.all(100, i -> i * i)).hasSize(100).startsWith(0, 1, 4, 9).endsWith(9801);
    }

    /** The failing item ends at once; the others take a while. None may still be running when the failure surfaces. */
    @Test
    void aFailureSurfacesOnlyAfterEveryOtherItemHasEnded() {
        AtomicInteger finished = new AtomicInteger();

        assertThatThrownBy(() -> ParallelWork.all(8, i -> {
            if (i == 0) {
                throw new Error("out of memory");
            }
            pause();
            return finished.incrementAndGet();
        })).isInstanceOf(Error.class).hasMessage("out of memory");

        assertThat(finished).hasValue(7);
    }

    @Test
    void theFirstFailureInItemOrderIsTheOneReported() {
        assertThatThrownBy(() -> ParallelWork.all(6, i -> {
            if (i == 2) {
                throw new IOException("disk full at 2");
            }
            if (i == 4) {
                throw new IllegalStateException("bug at 4");
            }
            return i;
        })).isInstanceOf(IOException.class).hasMessage("disk full at 2");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
