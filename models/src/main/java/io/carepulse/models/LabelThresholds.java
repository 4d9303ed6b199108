package io.carepulse.models;

import io.carepulse.models.misinformation.RiskThresholds;
import io.carepulse.models.sentiment.SentimentThresholds;
import java.io.Serializable;

/** Where scores turn into the labels people filter on; fixed in configuration. */
public record LabelThresholds(SentimentThresholds sentiment, RiskThresholds misinformation) implements Serializable {

    public static final LabelThresholds DEFAULT = new LabelThresholds(SentimentThresholds.DEFAULT, RiskThresholds.DEFAULT);
}
