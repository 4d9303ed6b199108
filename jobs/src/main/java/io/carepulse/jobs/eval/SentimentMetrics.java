package io.carepulse.jobs.eval;

import io.carepulse.models.sentiment.SentimentLabel;

/**
 * How well scores agree with human ratings: Pearson r against the human means; 3-class
 * accuracy and macro-F1 (human classes: mean > 0.5 positive, < -0.5 negative, else neutral;
 * the model's labels); and binary accuracy on the items humans rated
 * non-neutral (is the sign right?).
 */
public record SentimentMetrics(int n, double pearsonR, double accuracy3, double macroF1, double binaryAccuracy) {

    /** Human class boundary on the -4 .. +4 rating scale. */
    public static final double HUMAN_NEUTRAL_BAND = 0.5;

    /**
     * @param scores the model's scores, for r and the binary accuracy
     * @param labels the model's labels, for the 3-class figures
     * @param ratings the human means on -4 .. +4
     */
    public static SentimentMetrics of(double[] scores, SentimentLabel[] labels, double[] ratings) {
        int n = scores.length;
        int[][] confusion = new int[3][3];
        int binaryRight = 0;
        int binaryTotal = 0;
        for (int i = 0; i < n; i++) {
            SentimentLabel human = humanLabel(ratings[i]);
            SentimentLabel model = labels[i];
            confusion[human.ordinal()][model.ordinal()]++;
            if (human != SentimentLabel.NEUTRAL) {
                binaryTotal++;
                if ((human == SentimentLabel.POSITIVE) == (scores[i] > 0)) {
                    binaryRight++;
                }
            }
        }
        int correct = 0;
        double f1Sum = 0;
        for (int c = 0; c < 3; c++) {
            correct += confusion[c][c];
            int predicted = 0;
            int actual = 0;
            for (int k = 0; k < 3; k++) {
                predicted += confusion[k][c];
                actual += confusion[c][k];
            }
            double precision = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
            double recall = actual == 0 ? 0 : (double) confusion[c][c] / actual;
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return new SentimentMetrics(n, pearson(scores, ratings), n == 0 ? 0 : (double) correct / n, f1Sum / 3,
                binaryTotal == 0 ? 0 : (double) binaryRight / binaryTotal);
    }

    public static SentimentLabel humanLabel(double rating) {
        if (rating > HUMAN_NEUTRAL_BAND) {
            return SentimentLabel.POSITIVE;
        }
        return rating < -HUMAN_NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
