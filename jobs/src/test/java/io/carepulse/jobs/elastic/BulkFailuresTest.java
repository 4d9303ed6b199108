package io.carepulse.jobs.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class BulkFailuresTest {

    @Test
    void overloadAndRestartsAreRetriedMappingErrorsAreNot() {
        assertThat(BulkFailures.isRetriableStatus(429)).isTrue();
        assertThat(BulkFailures.isRetriableStatus(503)).isTrue();
        assertThat(BulkFailures.isRetriableStatus(400)).isFalse();
        assertThat(BulkFailures.isRetriableStatus(401)).isFalse();
    }

    @Test
    void lostConnectionsAreRetriedProgrammingErrorsAreNot() {
        Throwable refused = BulkFailures.unwrap(new CompletionException(new ConnectException("Connection refused")));
        assertThat(refused).isInstanceOf(ConnectException.class);
        assertThat(BulkFailures.isRetriable(refused)).isTrue();
        assertThat(BulkFailures.isRetriable(new IOException("reset"))).isTrue();
        assertThat(BulkFailures.isRetriable(new IllegalStateException("bug"))).isFalse();
        assertThat(BulkFailures.describe(new IOException("wrapper", new ConnectException("Connection refused"))))
                .isEqualTo("IOException (Connection refused)");
    }
}
