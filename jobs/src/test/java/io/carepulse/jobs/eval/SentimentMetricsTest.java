package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.carepulse.models.sentiment.SentimentLabel;
import org.junit.jupiter.api.Test;

class SentimentMetricsTest {

    private static final SentimentLabel NEG = SentimentLabel.NEGATIVE;
    private static final SentimentLabel NEU = SentimentLabel.NEUTRAL;
    private static final SentimentLabel POS = SentimentLabel.POSITIVE;

    @Test
    void humanClassesUseTheHalfPointBand() {
        assertThat(SentimentMetrics.humanLabel(0.6)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(SentimentMetrics.humanLabel(0.5)).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(SentimentMetrics.humanLabel(-0.5)).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(SentimentMetrics.humanLabel(-0.6)).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void perfectAgreement() {
        double[] ratings = {-3, -1, 0, 0, 1, 3};
        double[] scores = {-0.75, -0.25, 0, 0, 0.25, 0.75};
        SentimentMetrics m = SentimentMetrics.of(scores, new SentimentLabel[] {NEG, NEG, NEU, NEU, POS, POS}, ratings);
        assertThat(m.n()).isEqualTo(6);
        assertThat(m.pearsonR()).isCloseTo(1.0, within(1e-9));
        assertThat(m.accuracy3()).isEqualTo(1.0);
        assertThat(m.macroF1()).isCloseTo(1.0, within(1e-9));
        assertThat(m.binaryAccuracy()).isEqualTo(1.0);
    }

    @Test
    void confusionGivesMacroF1AndBinaryAccuracyOnNonNeutralItemsOnly() {
        // human: neg, neg, neu, pos ; model: neg, neu, pos, pos
        double[] ratings = {-2, -1, 0, 2};
        double[] scores = {-0.5, -0.05, 0.3, 0.6};
        SentimentMetrics m = SentimentMetrics.of(scores, new SentimentLabel[] {NEG, NEU, POS, POS}, ratings);
        assertThat(m.accuracy3()).isEqualTo(0.5);
        // negative: P 1/1 R 1/2 -> 2/3; neutral: P 0/1 R 0/1 -> 0; positive: P 1/2 R 1/1 -> 2/3
        assertThat(m.macroF1()).isCloseTo((2.0 / 3 + 0 + 2.0 / 3) / 3, within(1e-9));
        // the neutral human item does not count; -0.05 still has the right sign, whatever its label
        assertThat(m.binaryAccuracy()).isEqualTo(1.0);
    }

    @Test
    void pearsonIsNegativeForReversedScores() {
        assertThat(SentimentMetrics.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1.0, within(1e-9));
    }
}
