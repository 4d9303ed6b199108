package io.carepulse.jobs.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheCapWithJitterBelowAndResetsOnSuccess() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        long[] upper = {100, 200, 400, 800, 1000, 1000};
        for (long bound : upper) {
            assertThat(backoff.next().toMillis()).isBetween((long) (bound * 0.8), bound);
        }
        assertThat(backoff.failures()).isEqualTo(6);
        backoff.reset();
        assertThat(backoff.next().toMillis()).isBetween(80L, 100L);
    }
}
