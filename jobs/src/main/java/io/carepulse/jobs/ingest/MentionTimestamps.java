package io.carepulse.jobs.ingest;

import io.carepulse.models.mention.Mention;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time is when a mention was posted, not when we read it. Collectors deliver out of
 * order (a platform's backlog, a late batch), so the watermark trails the newest mention by
 * {@code maxOutOfOrderness}; an idle Kafka partition must not hold everyone back.
 */
public final class MentionTimestamps {

    private static final Duration IDLE_AFTER = Duration.ofMinutes(1);

    private MentionTimestamps() {}

    public static WatermarkStrategy<Mention> boundedOutOfOrderness(Duration maxOutOfOrderness) {
        return WatermarkStrategy.<Mention>forBoundedOutOfOrderness(maxOutOfOrderness)
                .withTimestampAssigner((mention, previous) -> mention.createdAt().toEpochMilli())
                .withIdleness(IDLE_AFTER);
    }
}
