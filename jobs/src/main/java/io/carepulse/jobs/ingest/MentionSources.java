package io.carepulse.jobs.ingest;

import io.carepulse.jobs.config.InputConfig;
import io.carepulse.jobs.config.KafkaConfig;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** Where mentions come from: newline-delimited JSON files, or a Kafka topic. */
public final class MentionSources {

    private MentionSources() {}

    /** A file or a folder; bounded, or watched for new files when {@code watch} is set. */
    public static Source<RawRecord, ?, ?> files(InputConfig input) {
        FileSource.FileSourceBuilder<RawRecord> builder =
                FileSource.forBulkFileFormat(new MentionLineFormat(), new Path(input.path().toUri()));
        if (input.watch()) {
            builder.monitorContinuously(input.discoveryInterval());
        }
        return builder.build();
    }

    /** Unbounded; offsets are committed to the group on each checkpoint. */
    public static Source<RawRecord, ?, ?> kafka(KafkaConfig kafka) {
        OffsetsInitializer start = switch (kafka.startingOffsets()) {
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
        };
        var builder = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setTopics(kafka.topic())
                .setGroupId(kafka.groupId())
                .setStartingOffsets(start)
                .setDeserializer(new KafkaMentionRecords())
                .setProperty("commit.offsets.on.checkpoint", "true");
        kafka.properties().forEach(builder::setProperty);
        return builder.build();
    }
}
