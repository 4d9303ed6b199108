package io.carepulse.models.sentiment;

import java.io.Serializable;

/**
 * How a score and an opinion become a label. A text that voices no opinion (its opinion below
 * {@code opinionFrom}: news, notices, questions) is neutral whatever its words; an opinion is
 * positive when it scores {@code positiveFrom} or more, negative below. Deciding "is there an
 * opinion?" apart from "which way?" is what lets a quiet complaint ("three statements, three
 * amounts") be negative while an announcement full of alarming words ("critical care unit")
 * stays neutral: one band of scores around zero cannot tell them apart. Chosen once on
 * development data and fixed in configuration, never per mention.
 */
public record SentimentThresholds(double opinionFrom, double positiveFrom) implements Serializable {

    /** Those of the packaged model (sentiment-model.json), as in config/carepulse.yaml. */
    public static final SentimentThresholds DEFAULT = new SentimentThresholds(0.61, 0.03);

    public SentimentThresholds {
        if (!(opinionFrom >= 0 && opinionFrom <= 1)) {
            throw new IllegalArgumentException("opinionFrom is a probability, need 0 <= opinionFrom <= 1, got " + opinionFrom);
        }
        if (!(positiveFrom >= -1 && positiveFrom <= 1)) {
            throw new IllegalArgumentException("positiveFrom is a score, need -1 <= positiveFrom <= 1, got " + positiveFrom);
        }
    }

    /**
     * @param score how positive, in [-1, 1]
     * @param opinion how likely the text voices an opinion at all, in [0, 1]
     */
    public SentimentLabel label(double score, double opinion) {
        if (opinion < opinionFrom) {
            return SentimentLabel.NEUTRAL;
        }
        return score >= positiveFrom ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
    }
}
