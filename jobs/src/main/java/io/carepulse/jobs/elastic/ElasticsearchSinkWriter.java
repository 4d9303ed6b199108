package io.carepulse.jobs.elastic;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.carepulse.jobs.config.ElasticsearchConfig;
import io.carepulse.models.mention.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends batches with the asynchronous client and sorts out each outcome:
 *
 * <ul>
 *   <li>whole request failed with 429, 5xx or a lost connection: the batch is retried after an
 *       exponential backoff (shared by the writer, reset by the first success), for as long as
 *       it takes; meanwhile the batch counts as in flight, so checkpoints wait and nothing is
 *       acknowledged that Elasticsearch does not have;
 *   <li>single documents refused with 429 or 5xx: only those are retried, after the backoff;
 *   <li>single documents refused for good (mapping or parsing errors): they become dead letters
 *       in {@code <prefix>deadletter} with Elasticsearch's reason, instead of looping;
 *   <li>anything else (bad credentials, a refused dead letter): the job fails loudly.
 * </ul>
 */
final class ElasticsearchSinkWriter extends AsyncSinkWriter<BulkEntry, BulkEntry> {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

    private final ElasticsearchConnection connection;
    private final DeadLetterDocuments deadLetters;
    private final String deadLetterIndex;
    private final Backoff backoff;
    private final ScheduledExecutorService retryTimer;
    private final Counter indexed;
    private final Counter refused;
    private final Counter retried;

    ElasticsearchSinkWriter(
            ElementConverter<BulkEntry, BulkEntry> converter,
            WriterInitContext context,
            AsyncSinkWriterConfiguration writerConfig,
            Collection<BufferedRequestState<BulkEntry>> recoveredState,
            ElasticsearchConfig config,
            DeadLetterDocuments deadLetters,
            String metricPrefix) {
        super(converter, context, writerConfig, recoveredState);
        this.connection = ElasticsearchConnection.open(config);
        this.deadLetters = deadLetters;
        this.deadLetterIndex = new IndexNames(config.indexPrefix()).deadLetters();
        this.backoff = new Backoff(config.bulk().initialBackoff(), config.bulk().maxBackoff());
        this.retryTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "elasticsearch-sink-retry-" + metricPrefix);
            t.setDaemon(true);
            return t;
        });
        MetricGroup metrics = context.metricGroup().addGroup("carepulse");
        this.indexed = metrics.counter(metricPrefix + "Indexed");
        this.refused = metrics.counter(metricPrefix + "Refused");
        this.retried = metrics.counter(metricPrefix + "Retried");
    }

    @Override
    protected void submitRequestEntries(List<BulkEntry> entries, ResultHandler<BulkEntry> result) {
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (BulkEntry entry : entries) {
            BinaryData document = BinaryData.of(entry.document(), ContentType.APPLICATION_JSON);
            request.operations(op -> op.index(i -> i.index(entry.index()).id(entry.id()).document(document)));
        }
        connection.asyncClient().bulk(request.build()).whenComplete((response, error) -> {
            try {
                if (error != null) {
                    onRequestFailure(entries, result, BulkFailures.unwrap(error));
                } else {
                    onResponse(entries, response, result);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private void onRequestFailure(List<BulkEntry> entries, ResultHandler<BulkEntry> result, Throwable error) {
        if (BulkFailures.isRetriable(error)) {
            retryLater(entries, result, BulkFailures.describe(error));
        } else {
            result.completeExceptionally(new ElasticsearchSinkException(
                    "Elasticsearch refused a bulk request of " + entries.size() + " documents: "
                            + BulkFailures.describe(error), error));
        }
    }

    private void onResponse(List<BulkEntry> entries, BulkResponse response, ResultHandler<BulkEntry> result) {
        if (!response.errors()) {
            indexed.inc(entries.size());
            backoff.reset();
            result.complete();
            return;
        }
        List<BulkEntry> retry = new ArrayList<>();
        List<BulkEntry> deadLettered = new ArrayList<>();
        String retryReason = null;
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            BulkEntry entry = entries.get(i);
            ErrorCause error = item.error();
            if (error == null) {
                indexed.inc();
            } else if (BulkFailures.isRetriableStatus(item.status())) {
                retry.add(entry);
                retryReason = "HTTP " + item.status() + " " + error.type() + ": " + error.reason();
            } else if (entry.index().equals(deadLetterIndex)) {
                throw new ElasticsearchSinkException("Elasticsearch refused dead letter " + entry.id()
                        + " (" + error.type() + ": " + error.reason() + "); check the dead-letter index mapping");
            } else {
                deadLettered.add(deadLetterFor(entry, item.status(), error));
            }
        }
        if (!deadLettered.isEmpty()) {
            refused.inc(deadLettered.size());
            LOG.warn("Elasticsearch refused {} of {} documents for good; they go to {} with the reason",
                    deadLettered.size(), entries.size(), deadLetterIndex);
        }
        if (retry.isEmpty()) {
            backoff.reset();
            result.retryForEntries(deadLettered); // the dead letters are new entries to send
        } else {
            retry.addAll(deadLettered);
            retryLater(retry, result, retryReason);
        }
    }

    private BulkEntry deadLetterFor(BulkEntry entry, int status, ErrorCause error) {
        String reason = "Elasticsearch refused the document (HTTP " + status + ") " + error.type() + ": " + error.reason();
        String origin = "index:" + entry.index() + "/" + entry.id();
        String document = new String(entry.document(), StandardCharsets.UTF_8);
        return deadLetters.entry(DeadLetter.of(reason, DeadLetter.STAGE_INDEX, origin, document, Instant.now()));
    }

    private void retryLater(List<BulkEntry> entries, ResultHandler<BulkEntry> result, String reason) {
        Duration delay = backoff.next();
        retried.inc(entries.size());
        LOG.warn("Elasticsearch not taking documents ({}); retrying {} documents in {} ms (consecutive failure {})",
                reason, entries.size(), delay.toMillis(), backoff.failures());
        retryTimer.schedule(() -> result.retryForEntries(entries), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected long getSizeInBytes(BulkEntry entry) {
        return entry.sizeInBytes();
    }

    @Override
    public void close() {
        retryTimer.shutdownNow();
        connection.close();
    }
}
