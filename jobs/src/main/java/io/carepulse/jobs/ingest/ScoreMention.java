package io.carepulse.jobs.ingest;

import io.carepulse.models.LabelThresholds;
import io.carepulse.models.MentionScorer;
import io.carepulse.models.ScoredMention;
import io.carepulse.models.TextScores;
import io.carepulse.models.entity.EntityMatcher;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.misinformation.LinearMisinformationScorer;
import io.carepulse.models.privacy.PrivacyGuard;
import io.carepulse.models.privacy.PrivacyScan;
import io.carepulse.models.sentiment.HealthcareSentimentScorer;
import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Scores mentions, keyed by content fingerprint, and so de-duplicates them: the first mention
 * with a fingerprint has its text scored; reposts and duplicates that follow reuse those
 * scores (without the per-sentence spans, which point into the first text) and are linked to
 * it ({@code duplicate_of}) instead of being scored again. What depends on the mention itself
 * (the entities it is about) is worked out for each.
 *
 * <p>The same mention read twice (a replay) is not its own duplicate: it gets the same
 * document and overwrites it.
 */
public final class ScoreMention extends KeyedProcessFunction<String, Mention, ScoredMention> {

    /** The first mention of a fingerprint: its document id and its text's scores. */
    public record FirstSeen(String documentId, TextScores textScores) implements Serializable {}

    private final Watchlist watchlist;
    private final LabelThresholds thresholds;
    private final Duration dedupRetention;

    private transient MentionScorer scorer;
    private transient ValueState<FirstSeen> firstSeen;
    private transient Counter scored;
    private transient Counter duplicates;
    private transient LongCounter scoredTotal;
    private transient LongCounter duplicatesTotal;
    private transient LongCounter unmatchedTotal;

    public ScoreMention(Watchlist watchlist, LabelThresholds thresholds, Duration dedupRetention) {
        this.watchlist = watchlist;
        this.thresholds = thresholds;
        this.dedupRetention = dedupRetention;
    }

    @Override
    public void open(OpenContext openContext) {
        scorer = new MentionScorer(new EntityMatcher(watchlist), new HealthcareSentimentScorer(thresholds.sentiment()),
                thresholds.sentiment(), new LinearMisinformationScorer(thresholds.misinformation()),
                PrivacyGuard.forWatchlist(watchlist),
                new StageAccumulators(getRuntimeContext()));
        ValueStateDescriptor<FirstSeen> descriptor = new ValueStateDescriptor<>("first-seen", FirstSeen.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(dedupRetention)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        firstSeen = getRuntimeContext().getState(descriptor);
        MetricGroup metrics = getRuntimeContext().getMetricGroup().addGroup("carepulse");
        scored = metrics.counter("mentionsScored");
        duplicates = metrics.counter("duplicatesLinked");
        scoredTotal = getRuntimeContext().getLongCounter(JobCounters.SCORED);
        duplicatesTotal = getRuntimeContext().getLongCounter(JobCounters.DUPLICATES);
        unmatchedTotal = getRuntimeContext().getLongCounter(JobCounters.UNMATCHED);
    }

    @Override
    public void processElement(Mention received, Context ctx, Collector<ScoredMention> out) throws Exception {
        // from here on only the redacted text exists: it is what is scored, indexed and logged
        PrivacyScan privacy = scorer.guard(received);
        Mention mention = received.withText(privacy.redactedText());
        FirstSeen first = firstSeen.value();
        TextScores textScores;
        String duplicateOf = null;
        if (first == null) {
            textScores = scorer.scoreText(mention.text());
            firstSeen.update(new FirstSeen(mention.documentId(), textScores));
        } else if (first.documentId().equals(mention.documentId())) {
            textScores = first.textScores();
        } else {
            textScores = first.textScores().forDuplicate();
            duplicateOf = first.documentId();
            duplicates.inc();
            duplicatesTotal.add(1);
        }
        ScoredMention result = scorer.score(mention, privacy, ctx.getCurrentKey(), duplicateOf, textScores);
        scored.inc();
        scoredTotal.add(1);
        if (!result.matched()) {
            unmatchedTotal.add(1);
        }
        out.collect(result);
    }
}
