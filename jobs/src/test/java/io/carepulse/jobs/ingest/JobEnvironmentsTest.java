package io.carepulse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.jobs.config.JobConfig;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

class JobEnvironmentsTest {

    private static JobConfig job(String checkpointDir) {
        return new JobConfig("test", 1, Duration.ofSeconds(10), checkpointDir, Duration.ofMinutes(1),
                Duration.ofDays(1), Duration.ofSeconds(5));
    }

    @Test
    void withoutAConfiguredDirectoryCheckpointsGoToFilesNotToTheFiveMegabyteMemoryStorage() {
        StreamExecutionEnvironment env = JobEnvironments.create(job(" "));
        String directory = env.getConfiguration().get(CheckpointingOptions.CHECKPOINTS_DIRECTORY);
        assertThat(directory).startsWith("file:///").endsWith("/carepulse-checkpoints");
        assertThat(env.getConfiguration().get(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER))
                .isEqualTo(JobEnvironments.TOLERABLE_CHECKPOINT_FAILURES);
    }

    @Test
    void aConfiguredDirectoryIsUsed() {
        StreamExecutionEnvironment env = JobEnvironments.create(job("s3://bucket/checkpoints"));
        assertThat(env.getConfiguration().get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("s3://bucket/checkpoints");
    }
}
