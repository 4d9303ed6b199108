package io.carepulse.models;

import io.carepulse.models.misinformation.MisinformationRisk;
import io.carepulse.models.sentiment.SentimentScore;
import java.io.Serializable;

/**
 * Everything scored from a mention's text alone: the part reposts and duplicates share, so it
 * is computed once per fingerprint. Privacy findings are not here: a repost's prefix shifts their
 * offsets and its author decides the incident, so each mention is scanned ({@link ScoredMention#privacy()}).
 */
public record TextScores(SentimentScore sentiment, MisinformationRisk misinformation) implements Serializable {

    /**
     * The scores as a duplicate carries them: character offsets (per-sentence spans) point into
     * the first mention's text, which a repost shifts, so they stay with the first mention.
     */
    public TextScores forDuplicate() {
        return new TextScores(sentiment.withoutSentences(), misinformation);
    }
}
