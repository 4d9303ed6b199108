package io.carepulse.jobs.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.carepulse.jobs.config.ElasticsearchConfig;
import io.carepulse.jobs.testing.Await;
import io.carepulse.jobs.testing.ElasticsearchExtension;
import io.carepulse.jobs.testing.Indices;
import io.carepulse.jobs.testing.TestElasticsearch;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sink against a real Elasticsearch process that goes away and comes back, and that refuses documents. */
@ExtendWith(ElasticsearchExtension.class)
class ElasticsearchSinkIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** Numbered test documents: {"n": 17} with id doc-17. */
    private static BulkEntry numbered(String index, long n) {
        return new BulkEntry(index, "doc-" + n, ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyDocumentArrivesExactlyOnceAcrossAnElasticsearchRestart(TestElasticsearch es) throws Exception {
        long total = 3_000;
        String index = "it-sink-restart";
        ElasticsearchConfig config = es.config(Map.of(
                "elasticsearch.bulk.max-actions", "100",
                "elasticsearch.bulk.flush-interval", "200ms",
                "elasticsearch.bulk.max-backoff", "2s")).elasticsearch();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.enableCheckpointing(500);
        env.fromSource(new DataGeneratorSource<>(n -> numbered(index, n), total, RateLimiterStrategy.perSecond(200),
                                TypeInformation.of(BulkEntry.class)),
                        WatermarkStrategy.noWatermarks(), "numbered documents")
                .sinkTo(new ElasticsearchSink(config, "restartTest"));
        JobClient job = env.executeAsync("sink-restart");

        Indices indices = new Indices(es.client());
        Await.until(Duration.ofSeconds(60), "the first documents", () -> indices.count(index) >= 300);
        es.stopProcess();
        Thread.sleep(4_000); // the job keeps producing; the sink keeps retrying
        assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
        es.restart();
        job.getJobExecutionResult().get();

        assertThat(indices.count(index)).isEqualTo(total);
        Set<String> ids = indices.all(index).stream().map(Hit::id).collect(Collectors.toSet());
        assertThat(ids).hasSize((int) total).contains("doc-0", "doc-" + (total - 1));
    }

    @Test
    void documentsElasticsearchRefusesGoToDeadLettersWithTheReason(TestElasticsearch es) throws Exception {
        String prefix = "it-sink-refused-";
        ElasticsearchConfig config = es.config(Map.of("elasticsearch.index-prefix", prefix)).elasticsearch();
        IndexNames names = new IndexNames(prefix);
        IndexTemplates.install(es.client(), names);
        String index = names.mentions(java.time.Instant.parse("2026-10-01T00:00:00Z"));
        List<BulkEntry> entries = List.of(
                mention(index, "ok-1", "\"created_at\":\"2026-10-01T00:00:00Z\""),
                mention(index, "ok-2", "\"created_at\":\"2026-10-01T00:00:00Z\""),
                mention(index, "bad-date", "\"created_at\":\"last tuesday\""),
                mention(index, "bad-field", "\"created_at\":\"2026-10-01T00:00:00Z\",\"surprise\":1"));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromData(TypeInformation.of(BulkEntry.class), entries.toArray(BulkEntry[]::new))
                .sinkTo(new ElasticsearchSink(config, "refusedTest"));
        env.execute("sink-refused");

        Indices indices = new Indices(es.client());
        assertThat(indices.all(index)).extracting(Hit::id).containsExactlyInAnyOrder("ok-1", "ok-2");
        Map<String, JsonNode> letters = indices.all(names.deadLetters()).stream()
                .collect(Collectors.toMap(h -> h.source().get("origin").asText(), Hit::source));
        assertThat(letters).containsOnlyKeys("index:" + index + "/bad-date", "index:" + index + "/bad-field");
        JsonNode badDate = letters.get("index:" + index + "/bad-date");
        assertThat(badDate.get("stage").asText()).isEqualTo("index");
        assertThat(badDate.get("reason").asText()).contains("HTTP 400").contains("document_parsing_exception");
        assertThat(badDate.get("raw").asText()).contains("last tuesday");
        assertThat(letters.get("index:" + index + "/bad-field").get("reason").asText())
                .contains("strict_dynamic_mapping_exception");
    }

    private static BulkEntry mention(String index, String id, String createdAt) {
        String json = "{\"mention_id\":\"" + id + "\",\"platform\":\"twitter\",\"kind\":\"post\",\"text\":\"t\"," + createdAt + "}";
        return new BulkEntry(index, id, json.getBytes(StandardCharsets.UTF_8));
    }
}
