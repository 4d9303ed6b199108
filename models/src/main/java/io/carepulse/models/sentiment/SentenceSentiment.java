package io.carepulse.models.sentiment;

import java.io.Serializable;

/** The sentiment of one sentence; {@code start} and {@code end} are character offsets in the text. */
public record SentenceSentiment(int start, int end, double score, SentimentLabel label) implements Serializable {}
