package io.carepulse.models.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * How positive or negative a text is: {@code score} in [-1, 1] (-1 most negative); {@code
 * opinion} in [0, 1], how likely it voices an opinion at all rather than informing or asking;
 * its label (from both, see {@link SentimentThresholds}), the score of each sentence, of each
 * healthcare aspect it talks about, and which model produced it.
 */
public record SentimentScore(
        double score, double opinion, SentimentLabel label, List<SentenceSentiment> sentences,
        List<AspectSentiment> aspects, String model)
        implements Serializable {

    public SentimentScore {
        if (score < -1 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("sentiment score out of [-1, 1]: " + score);
        }
        if (opinion < 0 || opinion > 1 || Double.isNaN(opinion)) {
            throw new IllegalArgumentException("opinion out of [0, 1]: " + opinion);
        }
        sentences = List.copyOf(sentences);
        aspects = List.copyOf(aspects);
    }

    /** Without the sentence spans, which point into one particular text. */
    public SentimentScore withoutSentences() {
        return new SentimentScore(score, opinion, label, List.of(), aspects, model);
    }
}
