package io.carepulse.jobs.bench;

import io.carepulse.jobs.elastic.BulkEntry;
import io.carepulse.jobs.elastic.IndexNames;
import io.carepulse.jobs.elastic.MentionDocuments;
import io.carepulse.models.MentionScorer;
import io.carepulse.models.ScoredMention;
import io.carepulse.models.StageTimer;
import io.carepulse.models.entity.EntityMatch;
import io.carepulse.models.entity.EntityMatcher;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Fingerprint;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionParser;
import io.carepulse.models.mention.ParseResult;
import io.carepulse.models.misinformation.LinearMisinformationScorer;
import io.carepulse.models.misinformation.MisinformationRisk;
import io.carepulse.models.misinformation.RiskThresholds;
import io.carepulse.models.privacy.PrivacyGuard;
import io.carepulse.models.privacy.PrivacyScan;
import io.carepulse.models.sentiment.HealthcareSentimentScorer;
import io.carepulse.models.sentiment.SentimentScore;
import io.carepulse.models.sentiment.SentimentThresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage on one thread over the benchmark's synthetic mentions, one mention per operation:
 * ops/s is documents per second per thread; with {@code -prof gc}, gc.alloc.rate.norm is the
 * allocation per document. Run with {@code scripts/bench.sh jmh} (docs/BENCHMARKS.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ScorerBenchmarks {

    private List<String> lines;
    private List<Mention> mentions;
    private List<ScoredMention> scored;
    private MentionParser parser;
    private EntityMatcher matcher;
    private HealthcareSentimentScorer sentiment;
    private MentionDocuments documents;
    private LinearMisinformationScorer misinformation;
    private PrivacyGuard privacy;
    private int next;

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("carepulse-jmh-");
        Watchlist watchlist = Watchlist.load(Path.of(System.getProperty("carepulse.watchlist", "config/watchlist.yaml")));
        SyntheticMentions.Written input = SyntheticMentions.write(dir.resolve("mentions.jsonl"),
                SyntheticMentions.Options.of(2_000, 42), watchlist);
        lines = Files.readAllLines(input.file());
        parser = new MentionParser();
        matcher = new EntityMatcher(watchlist);
        sentiment = new HealthcareSentimentScorer(SentimentThresholds.DEFAULT);
        documents = new MentionDocuments(new IndexNames("jmh-"));
        mentions = new ArrayList<>();
        for (String line : lines) {
            if (parser.parse(line) instanceof ParseResult.Parsed parsed) {
                mentions.add(parsed.mention());
            }
        }
        misinformation = new LinearMisinformationScorer(RiskThresholds.DEFAULT);
        privacy = PrivacyGuard.forWatchlist(watchlist);
        MentionScorer scorer = new MentionScorer(matcher, sentiment, SentimentThresholds.DEFAULT, misinformation, privacy,
                StageTimer.NONE);
        scored = new ArrayList<>();
        for (Mention m : mentions.subList(0, 200)) {
            PrivacyScan scan = scorer.guard(m);
            scored.add(scorer.score(m.withText(scan.redactedText()), scan, Fingerprint.of(m.text()), null, scorer.scoreText(scan.redactedText())));
        }
    }

    private int next(int size) {
        next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
        return next % size;
    }

    @Benchmark
    public ParseResult parseValidate() {
        return parser.parse(lines.get(next(lines.size())));
    }

    @Benchmark
    public List<EntityMatch> entityMatch() {
        return matcher.match(mentions.get(next(mentions.size())));
    }

    @Benchmark
    public String fingerprint() {
        return Fingerprint.of(mentions.get(next(mentions.size())).text());
    }

    @Benchmark
    public SentimentScore sentiment() {
        return sentiment.score(mentions.get(next(mentions.size())).text());
    }

    @Benchmark
    public MisinformationRisk misinformation() {
        return misinformation.score(mentions.get(next(mentions.size())).text());
    }

    @Benchmark
    public PrivacyScan privacy() {
        return privacy.scan(mentions.get(next(mentions.size())));
    }

    @Benchmark
    public BulkEntry document() {
        return documents.entry(scored.get(next(scored.size())), Instant.EPOCH);
    }
}
