package io.carepulse.models.sentiment;

/** Scores the sentiment of a mention's text. Implementations are thread-safe. */
public interface SentimentScorer {

    SentimentScore score(String text);
}
