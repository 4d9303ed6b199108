package io.carepulse.jobs.ingest;

import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.config.ConfigLoader;
import io.carepulse.jobs.elastic.BulkEntry;
import io.carepulse.jobs.elastic.DeadLetterDocuments;
import io.carepulse.jobs.elastic.ElasticsearchSink;
import io.carepulse.jobs.elastic.IndexNames;
import io.carepulse.jobs.elastic.IndexTemplates;
import io.carepulse.jobs.elastic.MentionDocuments;
import io.carepulse.models.LabelThresholds;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Mention;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The mention scoring pipeline:
 *
 * <pre>
 * mentions (files | Kafka)
 *   -> ParseMention            invalid records -> dead letters
 *   -> MentionTimestamps       event time = created_at
 *   -> keyBy MentionFingerprint
 *   -> ScoreMention            entities, sentiment; duplicates linked, not rescored
 *   -> MentionDocuments        the JSON document and its index
 *   -> Elasticsearch           carepulse-mentions-YYYY.MM
 * dead letters -> DeadLetterDocuments -> Elasticsearch carepulse-deadletter
 * </pre>
 *
 * Source and sinks are passed in, so tests can run the same pipeline on their own data.
 * {@link #main} is the entry point on a Flink cluster ({@code flink run}, application mode);
 * locally, {@code scripts/carepulse run} calls {@link #execute}.
 */
public final class MentionScoringJob {

    private final Source<RawRecord, ?, ?> source;
    private final Sink<BulkEntry> mentionSink;
    private final Sink<BulkEntry> deadLetterSink;
    private final IndexNames indices;
    private final Watchlist watchlist;
    private final LabelThresholds thresholds;
    private final Duration maxOutOfOrderness;
    private final Duration dedupRetention;

    public MentionScoringJob(
            Source<RawRecord, ?, ?> source,
            Sink<BulkEntry> mentionSink,
            Sink<BulkEntry> deadLetterSink,
            IndexNames indices,
            Watchlist watchlist,
            LabelThresholds thresholds,
            Duration maxOutOfOrderness,
            Duration dedupRetention) {
        this.source = source;
        this.mentionSink = mentionSink;
        this.deadLetterSink = deadLetterSink;
        this.indices = indices;
        this.watchlist = watchlist;
        this.thresholds = thresholds;
        this.maxOutOfOrderness = maxOutOfOrderness;
        this.dedupRetention = dedupRetention;
    }

    /** {@code [--config carepulse.yaml]}: configuration file plus CAREPULSE_* environment variables. */
    public static void main(String[] args) throws Exception {
        Path configFile = args.length == 2 && args[0].equals("--config") ? Path.of(args[1]) : Path.of("config/carepulse.yaml");
        execute(ConfigLoader.load(configFile));
    }

    /**
     * Installs the index templates, then runs the job: until the input ends for a bounded
     * input, until cancelled otherwise.
     */
    public static JobExecutionResult execute(CarePulseConfig config) throws Exception {
        Watchlist watchlist = Watchlist.load(config.watchlist());
        IndexTemplates.install(config.elasticsearch());
        StreamExecutionEnvironment env = JobEnvironments.create(config.job());
        fromConfig(config, watchlist).build(env);
        return env.execute(config.job().name());
    }

    /** The job as configured: the configured source, indexing into Elasticsearch. */
    public static MentionScoringJob fromConfig(CarePulseConfig config, Watchlist watchlist) {
        Source<RawRecord, ?, ?> source = config.source() == CarePulseConfig.SourceKind.KAFKA
                ? MentionSources.kafka(config.kafka())
                : MentionSources.files(config.input());
        IndexNames indices = new IndexNames(config.elasticsearch().indexPrefix());
        return new MentionScoringJob(
                source,
                new ElasticsearchSink(config.elasticsearch(), "mentions"),
                new ElasticsearchSink(config.elasticsearch(), "deadLetters"),
                indices,
                watchlist,
                new LabelThresholds(config.sentiment().thresholds(), config.misinformation().thresholds()),
                config.job().maxOutOfOrderness(),
                config.job().dedupRetention());
    }

    public void build(StreamExecutionEnvironment env) {
        SingleOutputStreamOperator<Mention> mentions = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "mentions")
                .uid("mentions")
                .process(new ParseMention())
                .name("parse-validate")
                .uid("parse-validate");

        mentions.assignTimestampsAndWatermarks(MentionTimestamps.boundedOutOfOrderness(maxOutOfOrderness))
                .name("event-time")
                .uid("event-time")
                .keyBy(new MentionFingerprint())
                .process(new ScoreMention(watchlist, thresholds, dedupRetention))
                .name("score")
                .uid("score")
                .map(new MentionDocuments(indices))
                .name("to-document")
                .uid("to-document")
                .sinkTo(mentionSink)
                .name("index-mentions")
                .uid("index-mentions");

        mentions.getSideOutput(ParseMention.DEAD_LETTERS)
                .map(new DeadLetterDocuments(indices))
                .name("to-dead-letter-document")
                .uid("to-dead-letter-document")
                .sinkTo(deadLetterSink)
                .name("index-dead-letters")
                .uid("index-dead-letters");
    }
}
