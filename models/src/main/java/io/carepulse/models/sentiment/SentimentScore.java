package io.carepulse.models.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * How positive or negative a text is: {@code score} in [-1, 1] (-1 most negative), its label,
 * the per-sentence scores it was built from, and which model produced it.
 */
public record SentimentScore(double score, SentimentLabel label, List<SentenceSentiment> sentences, String model)
        implements Serializable {

    public SentimentScore {
        if (score < -1 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("sentiment score out of [-1, 1]: " + score);
        }
        sentences = List.copyOf(sentences);
    }

    public SentimentScore withoutSentences() {
        return new SentimentScore(score, label, List.of(), model);
    }
}
