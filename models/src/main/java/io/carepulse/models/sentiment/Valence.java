package io.carepulse.models.sentiment;

/**
 * What the lexicon and its rules find in a span of text, VADER-style: the sum of the word
 * valences after boosting, negation and contrast, the positive and negative parts of it, the
 * count of words without valence, and the sum squashed into [-1, 1] with emphasis added.
 */
record Valence(double sum, double positive, double negative, int neutral, double compound) {

    static final Valence NONE = new Valence(0, 0, 0, 0, 0);

    /** VADER's normalisation: x / sqrt(x^2 + 15), about the range of real texts. */
    static double squash(double sum) {
        return sum / Math.sqrt(sum * sum + 15);
    }

    double positiveShare() {
        double total = positive + Math.abs(negative) + neutral;
        return total == 0 ? 0 : positive / total;
    }

    double negativeShare() {
        double total = positive + Math.abs(negative) + neutral;
        return total == 0 ? 0 : Math.abs(negative) / total;
    }
}
