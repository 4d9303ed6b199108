package io.carepulse.jobs.config;

import io.carepulse.models.sentiment.SentimentThresholds;
import java.io.Serializable;

/** Label thresholds on the sentiment score, fixed once on development data. */
public record SentimentConfig(double negativeBelow, double positiveAbove) implements Serializable {

    public SentimentThresholds thresholds() {
        return new SentimentThresholds(negativeBelow, positiveAbove);
    }
}
