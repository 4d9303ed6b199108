package io.carepulse.jobs.ingest;

import io.carepulse.jobs.config.JobConfig;
import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The execution environment for a CarePulse job: inside a Flink cluster when submitted with
 * flink run, else a local MiniCluster in this JVM. Checkpointing is always on: the sink
 * flushes on every checkpoint and Kafka offsets are committed with it.
 */
public final class JobEnvironments {

    static final int TOLERABLE_CHECKPOINT_FAILURES = 3;

    private JobEnvironments() {}

    /** The configured durable storage, else a folder of this machine's temporary directory. */
    static String checkpointDirectory(JobConfig job) {
        if (job.checkpointDir() != null && !job.checkpointDir().isBlank()) {
            return job.checkpointDir();
        }
        return "file://" + Path.of(System.getProperty("java.io.tmpdir"), "carepulse-checkpoints").toAbsolutePath();
    }

    public static StreamExecutionEnvironment create(JobConfig job) {
        Configuration conf = new Configuration();
        // logged by ProgressLogReporter in a local run; a cluster configures its own reporters
        conf.setString("metrics.reporter.progress.factory.class", ProgressLogReporterFactory.class.getName());
        conf.setString("metrics.reporter.progress.interval", job.progressInterval().toMillis() + " ms");
        // memory-backed checkpoints hold at most 5 MB: the duplicate fingerprints of about 60,000
        // mentions outgrow that, every checkpoint then fails and each failure restarts the job
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDirectory(job));
        // one failed checkpoint (a slow flush) is retried at the next interval, not a restart
        conf.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, TOLERABLE_CHECKPOINT_FAILURES);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(job.parallelism());
        env.enableCheckpointing(job.checkpointInterval().toMillis());
        return env;
    }
}
