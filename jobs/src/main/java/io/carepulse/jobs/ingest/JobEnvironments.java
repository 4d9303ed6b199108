package io.carepulse.jobs.ingest;

import io.carepulse.jobs.config.JobConfig;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The execution environment for a CarePulse job: inside a Flink cluster when submitted with
 * flink run, else a local MiniCluster in this JVM. Checkpointing is always on: the sink
 * flushes on every checkpoint and Kafka offsets are committed with it.
 */
public final class JobEnvironments {

    private JobEnvironments() {}

    public static StreamExecutionEnvironment create(JobConfig job) {
        Configuration conf = new Configuration();
        // logged by ProgressLogReporter in a local run; a cluster configures its own reporters
        conf.setString("metrics.reporter.progress.factory.class", ProgressLogReporterFactory.class.getName());
        conf.setString("metrics.reporter.progress.interval", job.progressInterval().toMillis() + " ms");
        if (job.checkpointDir() != null && !job.checkpointDir().isBlank()) {
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, job.checkpointDir());
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(job.parallelism());
        env.enableCheckpointing(job.checkpointInterval().toMillis());
        return env;
    }
}
