package io.carepulse.models.sentiment;

import io.carepulse.models.text.TextSpan;
import java.util.List;

/** Scores the sentiment of a mention's text. Implementations are thread-safe. */
public interface SentimentScorer {

    SentimentScore score(String text);

    /**
     * The sentiment toward each target (a character span of the text, e.g. where a hospital is
     * named), in order: a text that praises one hospital and attacks another gives each its own.
     */
    List<TargetSentiment> scoreTargets(String text, List<TextSpan> targets);
}
