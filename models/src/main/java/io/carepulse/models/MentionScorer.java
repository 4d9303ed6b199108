package io.carepulse.models;

import io.carepulse.models.entity.EntityMatcher;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.sentiment.SentimentScorer;

/**
 * Scores mentions: the text-only scores (expensive, shared by duplicates) and the
 * mention-specific ones (which entities it is about). Usable from a job, a CLI or a test.
 */
public final class MentionScorer {

    private final EntityMatcher entityMatcher;
    private final SentimentScorer sentimentScorer;

    public MentionScorer(EntityMatcher entityMatcher, SentimentScorer sentimentScorer) {
        this.entityMatcher = entityMatcher;
        this.sentimentScorer = sentimentScorer;
    }

    public TextScores scoreText(String text) {
        return new TextScores(sentimentScorer.score(text));
    }

    /** Completes a mention whose text was already scored (possibly as an earlier duplicate's). */
    public ScoredMention score(Mention mention, String fingerprint, String duplicateOf, TextScores textScores) {
        return new ScoredMention(mention, fingerprint, duplicateOf, entityMatcher.match(mention), textScores);
    }
}
