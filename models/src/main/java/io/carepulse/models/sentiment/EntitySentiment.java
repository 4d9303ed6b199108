package io.carepulse.models.sentiment;

import java.io.Serializable;

/**
 * The sentiment of a mention toward one watched entity: what its trends and alerts use.
 *
 * @param fromClauses true when it comes from the clauses naming the entity (a mention that
 *     compares organisations); false when it is the whole mention's sentiment
 */
public record EntitySentiment(String entityId, double score, SentimentLabel label, boolean fromClauses)
        implements Serializable {}
