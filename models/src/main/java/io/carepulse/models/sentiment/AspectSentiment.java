package io.carepulse.models.sentiment;

import java.io.Serializable;

/** The sentiment of what a mention says about one aspect (the mean of the clauses naming it). */
public record AspectSentiment(Aspect aspect, double score, SentimentLabel label) implements Serializable {}
