package io.carepulse.jobs.config;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the Flink job runs.
 *
 * @param maxOutOfOrderness how late (in event time) a mention may arrive behind the newest one
 * @param dedupRetention how long a text's fingerprint is remembered to link its reposts
 * @param checkpointDir durable checkpoint storage (file:// or s3://...); null keeps checkpoints
 *     in memory, which is enough locally because replays overwrite the same documents
 */
public record JobConfig(
        String name,
        int parallelism,
        Duration checkpointInterval,
        String checkpointDir,
        Duration maxOutOfOrderness,
        Duration dedupRetention,
        Duration progressInterval)
        implements Serializable {
}
