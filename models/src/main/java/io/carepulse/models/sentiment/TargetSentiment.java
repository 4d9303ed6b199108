package io.carepulse.models.sentiment;

import java.io.Serializable;

/**
 * The sentiment toward one target of a text, e.g. one of two hospitals it compares.
 *
 * @param own true when it comes from the target's own clauses; false when the text says
 *     nothing apart about the target and its sentiment is the whole text's
 */
public record TargetSentiment(double score, SentimentLabel label, boolean own) implements Serializable {}
