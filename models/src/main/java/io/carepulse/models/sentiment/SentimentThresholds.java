package io.carepulse.models.sentiment;

import java.io.Serializable;

/**
 * Where a score in [-1, 1] turns from neutral into a label. Chosen once on development data
 * and fixed in configuration, never per mention.
 */
public record SentimentThresholds(double negativeBelow, double positiveAbove) implements Serializable {

    /** Those of the packaged model (sentiment-model.json), as in config/carepulse.yaml. */
    public static final SentimentThresholds DEFAULT = new SentimentThresholds(-0.16, 0.13);

    public SentimentThresholds {
        if (!(negativeBelow < positiveAbove) || negativeBelow < -1 || positiveAbove > 1) {
            throw new IllegalArgumentException("need -1 <= negativeBelow < positiveAbove <= 1, got "
                    + negativeBelow + " and " + positiveAbove);
        }
    }

    public SentimentLabel label(double score) {
        if (score < negativeBelow) {
            return SentimentLabel.NEGATIVE;
        }
        return score > positiveAbove ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
    }
}
