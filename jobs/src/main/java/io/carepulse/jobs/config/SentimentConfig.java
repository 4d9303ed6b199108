package io.carepulse.jobs.config;

import io.carepulse.models.sentiment.SentimentThresholds;
import java.io.Serializable;

/** Where scores and opinions turn into labels, fixed once on development data (see {@link SentimentThresholds}). */
public record SentimentConfig(double opinionFrom, double positiveFrom) implements Serializable {

    public SentimentThresholds thresholds() {
        return new SentimentThresholds(opinionFrom, positiveFrom);
    }
}
