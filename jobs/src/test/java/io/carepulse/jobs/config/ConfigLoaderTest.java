package io.carepulse.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    static final Path PROJECT_CONFIG = Path.of("../config/carepulse.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void loadsTheProjectDefaultWithPathsRelativeToTheFile() {
        CarePulseConfig config = ConfigLoader.load(PROJECT_CONFIG, Map.of(), Map.of());
        Path configDir = PROJECT_CONFIG.getParent();
        assertThat(config.source()).isEqualTo(CarePulseConfig.SourceKind.FILE);
        assertThat(config.input().path()).isEqualTo(configDir.resolve("samples/mentions.jsonl"));
        assertThat(config.watchlist()).isEqualTo(configDir.resolve("watchlist.yaml"));
        assertThat(config.elasticsearch().url()).isEqualTo("http://127.0.0.1:9200");
        assertThat(config.elasticsearch().bulk().maxSize().bytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(config.elasticsearch().bulk().initialBackoff()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.job().dedupRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(config.kafka().startingOffsets()).isEqualTo(KafkaConfig.StartingOffsets.COMMITTED);
        assertThat(config.elasticsearch().apiKey()).isNull();
    }

    @Test
    void environmentOverridesTheFileAndTheCommandLineOverridesBoth() {
        Map<String, String> env = Map.of(
                "CAREPULSE_JOB_PARALLELISM", "4",
                "CAREPULSE_ELASTICSEARCH_URL", "https://es.example.org:9243",
                "CAREPULSE_ELASTICSEARCH_API_KEY", "c2VjcmV0",
                "CAREPULSE_SOURCE", "KAFKA",
                "CAREPULSE_ELASTICSEARCH_BULK_MAX_SIZE", "8mb");
        CarePulseConfig config = ConfigLoader.load(PROJECT_CONFIG, env, Map.of("job.parallelism", "3"));
        assertThat(config.job().parallelism()).isEqualTo(3);
        assertThat(config.elasticsearch().url()).isEqualTo("https://es.example.org:9243");
        assertThat(config.elasticsearch().apiKey()).isEqualTo("c2VjcmV0");
        assertThat(config.elasticsearch().toString()).doesNotContain("c2VjcmV0");
        assertThat(config.source()).isEqualTo(CarePulseConfig.SourceKind.KAFKA);
        assertThat(config.elasticsearch().bulk().maxSize().bytes()).isEqualTo(8 * 1024 * 1024);
    }

    @Test
    void aBadValueNamesTheKeyAndWhereItCameFrom() throws IOException {
        assertThatThrownBy(() -> ConfigLoader.load(PROJECT_CONFIG, Map.of("CAREPULSE_JOB_PARALLELISM", "two"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("environment variable CAREPULSE_JOB_PARALLELISM: key job.parallelism:");

        Path file = variant("checkpoint-interval: 10s", "checkpoint-interval: ten seconds");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .hasMessageStartingWith(file + ": key job.checkpoint-interval:")
                .hasMessageContaining("not a duration");
    }

    @Test
    void anUnknownKeyIsAnErrorWithTheKnownOnes() throws IOException {
        Path file = variant("max-actions: 1000", "max-actionz: 1000");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .hasMessageStartingWith(file + ": unknown key elasticsearch.bulk.max-actionz (known in elasticsearch.bulk: max-actions, max-size,")
                .hasMessageContaining("max-actions");
    }

    @Test
    void validationNamesEveryBadKey() throws IOException {
        Path file = variant("max-buffered: 10000", "max-buffered: 10");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("CAREPULSE_ELASTICSEARCH_URL", "ftp://x"), Map.of()))
                .hasMessageContaining(file + ": key elasticsearch.bulk.max-buffered: must be greater than max-actions (1000), got 10")
                .hasMessageContaining("environment variable CAREPULSE_ELASTICSEARCH_URL: key elasticsearch.url: must be http(s)://host:port");
    }

    @Test
    void anOpinionThresholdIsAProbability() throws IOException {
        Path file = variant("opinion-from: 0.61", "opinion-from: 61");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .hasMessageContaining(file + ": key sentiment.opinion-from: a probability, need 0 <= opinion-from <= 1, got 61.0");
    }

    @Test
    void secretsAreRefusedInTheFileAndReadFromFilesOrEnvironment() throws IOException {
        Path withSecret = variant("  username:\n", "  username: elastic\n  password: hunter2\n");
        assertThatThrownBy(() -> ConfigLoader.load(withSecret, Map.of(), Map.of()))
                .hasMessageStartingWith(withSecret + ": key elasticsearch.password: secrets must not be written")
                .hasMessageNotContaining("hunter2");

        Path keyFile = dir.resolve("es-api-key");
        Files.writeString(keyFile, "a2V5OnNlY3JldA==\n");
        CarePulseConfig config = ConfigLoader.load(
                PROJECT_CONFIG, Map.of("CAREPULSE_ELASTICSEARCH_API_KEY_FILE", keyFile.toString()), Map.of());
        assertThat(config.elasticsearch().apiKey()).isEqualTo("a2V5OnNlY3JldA==");

        assertThatThrownBy(() -> ConfigLoader.load(
                        PROJECT_CONFIG, Map.of("CAREPULSE_ELASTICSEARCH_API_KEY_FILE", "/nonexistent/key"), Map.of()))
                .hasMessageStartingWith("environment variable CAREPULSE_ELASTICSEARCH_API_KEY_FILE: key elasticsearch.api-key-file: cannot read /nonexistent/key");
    }

    @Test
    void everyKeyHasAnEnvironmentVariable() {
        assertThat(ConfigKeys.leaves()).containsKeys("input.path", "elasticsearch.bulk.max-in-flight", "kafka.properties");
        assertThat(ConfigKeys.envName("elasticsearch.bulk.max-in-flight")).isEqualTo("CAREPULSE_ELASTICSEARCH_BULK_MAX_IN_FLIGHT");
    }

    @Test
    void theSentimentThresholdsAreThoseTheModelWasTrainedWith() throws IOException {
        CarePulseConfig config = ConfigLoader.load(PROJECT_CONFIG, Map.of(), Map.of());
        try (var in = io.carepulse.models.sentiment.SentimentModel.class.getResourceAsStream("sentiment-model.json")) {
            var thresholds = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("thresholds");
            assertThat(config.sentiment().opinionFrom()).isEqualTo(thresholds.path("opinion_from").asDouble());
            assertThat(config.sentiment().positiveFrom()).isEqualTo(thresholds.path("positive_from").asDouble());
        }
    }

    @Test
    void everyKeyIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("../docs/CONFIGURATION.md"));
        assertThat(ConfigKeys.leaves().keySet()).allSatisfy(key -> assertThat(docs).contains("| `" + key + "` |"));
    }

    /** The project configuration with one piece of text replaced, written beside the test. */
    private Path variant(String from, String to) throws IOException {
        String text = Files.readString(PROJECT_CONFIG);
        assertThat(text).contains(from);
        Path file = dir.resolve("carepulse.yaml");
        Files.writeString(file, text.replace(from, to));
        return file;
    }
}
