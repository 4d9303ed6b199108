package io.carepulse.jobs.config;

import java.nio.file.Path;

/**
 * All configuration of a CarePulse deployment, loaded from config/carepulse.yaml with
 * CAREPULSE_* environment overrides by {@link ConfigLoader}; see docs/CONFIGURATION.md.
 */
public record CarePulseConfig(
        SourceKind source,
        InputConfig input,
        KafkaConfig kafka,
        ElasticsearchConfig elasticsearch,
        JobConfig job,
        SentimentConfig sentiment,
        MisinformationConfig misinformation,
        Path watchlist) {

    public enum SourceKind {
        FILE,
        KAFKA
    }
}
