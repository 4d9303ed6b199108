package io.carepulse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.elastic.IndexNames;
import io.carepulse.jobs.elastic.IndexTemplates;
import io.carepulse.jobs.testing.Await;
import io.carepulse.jobs.testing.ElasticsearchExtension;
import io.carepulse.jobs.testing.Indices;
import io.carepulse.jobs.testing.KafkaBroker;
import io.carepulse.jobs.testing.KafkaBrokerExtension;
import io.carepulse.jobs.testing.TestElasticsearch;
import io.carepulse.models.entity.Watchlist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scoring job reading a real Kafka broker and indexing into a real Elasticsearch. */
@ExtendWith({ElasticsearchExtension.class, KafkaBrokerExtension.class})
class KafkaIngestIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    private static final String TOPIC = "mentions-it";
    private static final String PREFIX = "it-kafka-";

    @Test
    void producedMessagesAreIndexedOnceEvenWhenDeliveredTwice(TestElasticsearch es, KafkaBroker kafka) throws Exception {
        List<String> valid = Files.readAllLines(Path.of("../config/samples/mentions.jsonl")).subList(0, 25);
        List<String> messages = new ArrayList<>(valid);
        messages.add("{\"id\":\"broken\"");
        messages.add("{\"id\":\"x\",\"platform\":\"twitter\",\"kind\":\"post\",\"text\":\"no date\"}");
        kafka.createTopic(TOPIC, 2);
        kafka.produce(TOPIC, messages);

        CarePulseConfig config = es.config(Map.of(
                "source", "kafka",
                "kafka.bootstrap-servers", kafka.bootstrapServers(),
                "kafka.topic", TOPIC,
                "kafka.group-id", "carepulse-it",
                "kafka.starting-offsets", "earliest",
                "elasticsearch.index-prefix", PREFIX,
                "elasticsearch.bulk.flush-interval", "200ms"));
        IndexNames names = new IndexNames(PREFIX);
        IndexTemplates.install(es.client(), names);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.enableCheckpointing(1_000);
        MentionScoringJob.fromConfig(config, Watchlist.load(config.watchlist())).build(env);
        JobClient job = env.executeAsync("kafka-it");
        try {
            Indices indices = new Indices(es.client());
            Await.until(Duration.ofMinutes(3), "25 mentions and 2 dead letters",
                    () -> indices.count(names.allMentions()) >= valid.size() && indices.count(names.deadLetters()) >= 2);

            kafka.produce(TOPIC, valid); // the same messages again: a producer's retry, a replayed topic
            Await.until(Duration.ofMinutes(2), "the second delivery to overwrite the first",
                    () -> indices.all(names.allMentions()).stream().allMatch(hit -> hit.version() >= 2));

            List<Hit<JsonNode>> docs = indices.all(names.allMentions());
            assertThat(docs).hasSize(valid.size());
            assertThat(docs.stream().map(h -> h.source().get("mention_id").asText()).collect(Collectors.toSet()))
                    .hasSize(valid.size());
            List<Hit<JsonNode>> letters = indices.all(names.deadLetters());
            assertThat(letters).hasSize(2);
            assertThat(letters).allSatisfy(hit ->
                    assertThat(hit.source().get("origin").asText()).matches("kafka:" + TOPIC + "/[01]@\\d+"));
        } finally {
            job.cancel().get();
        }
    }
}
