package io.carepulse.jobs.elastic;

import io.carepulse.jobs.config.ElasticsearchConfig;
import java.util.Collection;
import java.util.List;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Indexes elements into Elasticsearch with the {@code _bulk} API, on Flink's AsyncSinkBase as
 * the upstream Elasticsearch connector does: batches close at {@code max-actions} documents,
 * {@code max-size} bytes or {@code flush-interval}; a checkpoint waits until every batch in
 * flight is acknowledged and stores what is still buffered, so no acknowledged checkpoint
 * ever loses a document. Documents carry stable ids, so a replay overwrites instead of
 * duplicating. Retries and dead letters: see {@link ElasticsearchSinkWriter}.
 *
 * <p>It takes documents ready to send ({@link MentionDocuments}, {@link DeadLetterDocuments}
 * make them in the pipeline), so it knows nothing of what they contain.
 */
public final class ElasticsearchSink extends AsyncSinkBase<BulkEntry, BulkEntry> {

    private final ElasticsearchConfig config;
    private final DeadLetterDocuments deadLetters;
    private final String metricPrefix;

    /**
     * @param metricPrefix names this sink's counters, e.g. "mentions" gives mentionsIndexed
     */
    public ElasticsearchSink(ElasticsearchConfig config, String metricPrefix) {
        super(
                new AsIs(),
                config.bulk().maxActions(),
                config.bulk().maxInFlight(),
                config.bulk().maxBuffered(),
                config.bulk().maxSize().bytes(),
                config.bulk().flushInterval().toMillis(),
                config.bulk().maxSize().bytes());
        this.config = config;
        this.deadLetters = new DeadLetterDocuments(new IndexNames(config.indexPrefix()));
        this.metricPrefix = metricPrefix;
    }

    /** The documents arrive ready; nothing to convert. */
    private static final class AsIs implements ElementConverter<BulkEntry, BulkEntry> {
        @Override
        public BulkEntry apply(BulkEntry entry, SinkWriter.Context context) {
            return entry;
        }
    }

    @Override
    public StatefulSinkWriter<BulkEntry, BufferedRequestState<BulkEntry>> createWriter(WriterInitContext context) {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<BulkEntry, BufferedRequestState<BulkEntry>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<BulkEntry>> recoveredState) {
        AsyncSinkWriterConfiguration writerConfig = AsyncSinkWriterConfiguration.builder()
                .setMaxBatchSize(getMaxBatchSize())
                .setMaxBatchSizeInBytes(getMaxBatchSizeInBytes())
                .setMaxInFlightRequests(getMaxInFlightRequests())
                .setMaxBufferedRequests(getMaxBufferedRequests())
                .setMaxTimeInBufferMS(getMaxTimeInBufferMS())
                .setMaxRecordSizeInBytes(getMaxRecordSizeInBytes())
                .build();
        return new ElasticsearchSinkWriter(
                getElementConverter(), context, writerConfig, recoveredState, config, deadLetters, metricPrefix);
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<BulkEntry>> getWriterStateSerializer() {
        return new BulkEntryStateSerializer();
    }
}
