package io.carepulse.jobs.config;

import java.io.Serializable;
import java.util.Map;

/**
 * The Kafka topic mentions arrive on. {@code properties} are passed to the consumer as they
 * are (security.protocol, sasl.*, ssl.*); put secrets in them through environment variables.
 */
public record KafkaConfig(
        String bootstrapServers,
        String topic,
        String groupId,
        StartingOffsets startingOffsets,
        Map<String, String> properties)
        implements Serializable {

    public enum StartingOffsets {
        /** the group's committed offsets, or the earliest where it has none */
        COMMITTED,
        EARLIEST,
        LATEST
    }

    public KafkaConfig {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
