package io.carepulse.models.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** One linear function of a feature vector, as the trained scorers combine them: {@code w · x + b}. */
public record LinearFunction(float[] weights, double bias) {

    public double apply(FeatureVector f) {
        double sum = bias;
        int[] indices = f.indices();
        double[] values = f.values();
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }

    /** The logistic of {@link #apply}: a probability when the function gives log-odds. */
    public double probability(FeatureVector f) {
        return 1 / (1 + Math.exp(-apply(f)));
    }

    /** Fails unless every function has weights for exactly {@code dimension} features. */
    public static void requireDimension(int dimension, LinearFunction... functions) {
        for (LinearFunction f : functions) {
            if (f.weights.length != dimension) {
                throw new IllegalArgumentException("weights for " + dimension + " features expected, got " + f.weights.length);
            }
        }
    }

    /** The bias, then the weights quantised: the first {@code dense}, few and large, with their own scale. */
    public void write(DataOutputStream data, int dense) throws IOException {
        data.writeDouble(bias);
        QuantisedWeights.write(data, weights, 0, dense);
        QuantisedWeights.write(data, weights, dense, weights.length);
    }

    public static LinearFunction read(DataInputStream data, int dimension, int dense) throws IOException {
        double bias = data.readDouble();
        float[] weights = new float[dimension];
        QuantisedWeights.read(data, weights, 0, dense);
        QuantisedWeights.read(data, weights, dense, dimension);
        return new LinearFunction(weights, bias);
    }
}
