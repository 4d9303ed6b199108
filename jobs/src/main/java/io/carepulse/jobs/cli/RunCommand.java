package io.carepulse.jobs.cli;

import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.config.CarePulseHome;
import io.carepulse.jobs.config.ConfigLoader;
import io.carepulse.jobs.config.ElasticsearchConfig;
import io.carepulse.jobs.elastic.ElasticsearchConnection;
import io.carepulse.jobs.elastic.IndexNames;
import io.carepulse.jobs.elastic.LocalElasticsearch;
import io.carepulse.jobs.ingest.MentionScoringJob;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** carepulse run: the mention scoring job, from files or Kafka into Elasticsearch. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the mention scoring job: reads mentions, scores them and indexes them into Elasticsearch.",
            "A file or folder input ends when all is indexed; --watch and --kafka run until stopped.",
            "Without options it runs on config/carepulse.yaml: the bundled samples into a local",
            "Elasticsearch, started for you if nothing answers at its URL."
        })
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: config/carepulse.yaml in the CarePulse folder).")
    Path configFile;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
            description = "Newline-delimited JSON file or folder of them to read (implies file input).")
    Path input;

    @Option(names = "--watch", description = "Keep watching the input folder for new files; runs until stopped.")
    boolean watch;

    @Option(names = "--kafka", description = "Read from the Kafka topic in the configuration instead of files.")
    boolean kafka;

    @Option(names = "--kafka-bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers (implies --kafka).")
    String kafkaBootstrapServers;

    @Option(names = "--kafka-topic", paramLabel = "TOPIC", description = "Kafka topic (implies --kafka).")
    String kafkaTopic;

    @Option(names = "--kafka-group-id", paramLabel = "GROUP", description = "Kafka consumer group (implies --kafka).")
    String kafkaGroupId;

    @Option(names = "--es", paramLabel = "URL", description = "Elasticsearch URL, e.g. https://es.example.org:9200.")
    String elasticsearchUrl;

    @Option(names = "--index-prefix", paramLabel = "PREFIX", description = "Prefix of every index name (default carepulse-).")
    String indexPrefix;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N", description = "Parallelism of the job.")
    Integer parallelism;

    @Override
    public Integer call() throws Exception {
        CarePulseConfig config = ConfigLoader.load(configFile(), System.getenv(), overrides());
        ElasticsearchConfig es = config.elasticsearch();
        ensureElasticsearch(es);
        LOG.info("Running {} from {} into {}", config.job().name(), describeSource(config), es.url());
        JobExecutionResult result = MentionScoringJob.execute(config);
        if (!result.isJobExecutionResult()) {
            spec.commandLine().getOut().println("Submitted job " + result.getJobID() + " (detached)");
            return 0;
        }
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(es)) {
            new RunReport(connection, new IndexNames(es.indexPrefix()), es.url())
                    .print(result, spec.commandLine().getOut());
        }
        return 0;
    }

    private Path configFile() {
        return CarePulseHome.configFile(configFile);
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (input != null) {
            overrides.put("source", "file");
            overrides.put("input.path", input.toString());
        }
        if (watch) {
            overrides.put("input.watch", "true");
        }
        if (kafka || kafkaBootstrapServers != null || kafkaTopic != null || kafkaGroupId != null) {
            overrides.put("source", "kafka");
        }
        putIfSet(overrides, "kafka.bootstrap-servers", kafkaBootstrapServers);
        putIfSet(overrides, "kafka.topic", kafkaTopic);
        putIfSet(overrides, "kafka.group-id", kafkaGroupId);
        putIfSet(overrides, "elasticsearch.url", elasticsearchUrl);
        putIfSet(overrides, "elasticsearch.index-prefix", indexPrefix);
        putIfSet(overrides, "job.parallelism", parallelism == null ? null : parallelism.toString());
        return overrides;
    }

    private static void putIfSet(Map<String, String> overrides, String key, String value) {
        if (value != null) {
            overrides.put(key, value);
        }
    }

    /** Starts the local node when the URL is on this machine, nothing answers, and that is allowed. */
    static void ensureElasticsearch(ElasticsearchConfig es) {
        if (LocalElasticsearch.answers(es.url()) || !es.startLocal() || !LocalElasticsearch.isLocal(es.url())) {
            return;
        }
        LOG.info("Nothing answers at {}: starting the local Elasticsearch node", es.url());
        int port = URI.create(es.url()).getPort();
        new LocalElasticsearch(port == -1 ? 9200 : port, null).start();
    }

    private static String describeSource(CarePulseConfig config) {
        return config.source() == CarePulseConfig.SourceKind.KAFKA
                ? "Kafka topic " + config.kafka().topic() + " at " + config.kafka().bootstrapServers()
                : config.input().path() + (config.input().watch() ? " (watching)" : "");
    }
}
