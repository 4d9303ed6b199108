package io.carepulse.models.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Linear-model weights on disk: each weight as a 16-bit step of its range's largest weight,
 * about 1/30,000 of it, far below what changes a score, and half the size of floats (model files
 * stay small enough for the repository). A range of few, large weights (dense features) gets its
 * own scale so the many small hashed-feature weights keep their precision.
 */
public final class QuantisedWeights {

    private QuantisedWeights() {}

    public static void write(DataOutputStream data, float[] weights, int from, int to) throws IOException {
        float max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(weights[i]));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        data.writeFloat(scale);
        for (int i = from; i < to; i++) {
            data.writeShort(Math.round(weights[i] / scale));
        }
    }

    public static void read(DataInputStream data, float[] weights, int from, int to) throws IOException {
        float scale = data.readFloat();
        for (int i = from; i < to; i++) {
            weights[i] = data.readShort() * scale;
        }
    }
}
