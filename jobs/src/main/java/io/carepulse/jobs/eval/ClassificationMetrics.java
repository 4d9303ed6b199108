package io.carepulse.jobs.eval;

/**
 * How well a binary classifier (misinformation or not) agrees with labels: accuracy, F1 of each
 * class averaged with equal weights (macro) and weighted by the class's support (weighted, as
 * scikit-learn reports it and the Constraint@AAAI2021 task ranks), and the confusion matrix.
 *
 * @param confusion [actual][predicted], index 0 real, 1 fake
 */
public record ClassificationMetrics(int n, double accuracy, double weightedF1, double macroF1, int[][] confusion) {

    public static ClassificationMetrics of(boolean[] actualFake, boolean[] predictedFake) {
        int[][] confusion = new int[2][2];
        for (int i = 0; i < actualFake.length; i++) {
            confusion[actualFake[i] ? 1 : 0][predictedFake[i] ? 1 : 0]++;
        }
        int n = actualFake.length;
        double weighted = 0;
        double macro = 0;
        for (int c = 0; c < 2; c++) {
            int support = confusion[c][0] + confusion[c][1];
            int predicted = confusion[0][c] + confusion[1][c];
            double precision = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
            double recall = support == 0 ? 0 : (double) confusion[c][c] / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            macro += f1 / 2;
            weighted += n == 0 ? 0 : f1 * support / n;
        }
        double accuracy = n == 0 ? 0 : (double) (confusion[0][0] + confusion[1][1]) / n;
        return new ClassificationMetrics(n, accuracy, weighted, macro, confusion);
    }
}
