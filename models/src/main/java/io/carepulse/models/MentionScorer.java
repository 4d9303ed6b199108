package io.carepulse.models;

import io.carepulse.models.entity.EntityMatch;
import io.carepulse.models.entity.EntityMatcher;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.sentiment.SentimentScore;
import io.carepulse.models.sentiment.SentimentScorer;
import java.util.List;

/**
 * Scores mentions: the text-only scores (expensive, shared by duplicates) and the
 * mention-specific ones (which entities it is about). Usable from a job, a CLI or a test.
 * Each stage's time goes to the {@link StageTimer}, under the names in {@link #STAGES}.
 */
public final class MentionScorer {

    public static final String ENTITY_MATCH = "entity-match";
    public static final String SENTIMENT = "sentiment";
    public static final List<String> STAGES = List.of(ENTITY_MATCH, SENTIMENT);

    private final EntityMatcher entityMatcher;
    private final SentimentScorer sentimentScorer;
    private final StageTimer timer;

    public MentionScorer(EntityMatcher entityMatcher, SentimentScorer sentimentScorer, StageTimer timer) {
        this.entityMatcher = entityMatcher;
        this.sentimentScorer = sentimentScorer;
        this.timer = timer;
    }

    public TextScores scoreText(String text) {
        long start = System.nanoTime();
        SentimentScore sentiment = sentimentScorer.score(text);
        timer.record(SENTIMENT, System.nanoTime() - start);
        return new TextScores(sentiment);
    }

    /** Completes a mention whose text was already scored (possibly as an earlier duplicate's). */
    public ScoredMention score(Mention mention, String fingerprint, String duplicateOf, TextScores textScores) {
        long start = System.nanoTime();
        List<EntityMatch> entities = entityMatcher.match(mention);
        timer.record(ENTITY_MATCH, System.nanoTime() - start);
        return new ScoredMention(mention, fingerprint, duplicateOf, entities, textScores);
    }
}
