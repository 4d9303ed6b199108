package io.carepulse.models.misinformation;

import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.PackagedModels;
import io.carepulse.models.linear.QuantisedWeights;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The probability that a post spreads a false health claim: two logistic regressions over
 * {@link MisinformationFeatures}, mixed by a third that tells which kind of post it is.
 *
 * <ul>
 *   <li>the <em>news expert</em> learned from the COVID-19 data set alone: the strongest on that
 *       kind of post, and misled on hospital posts (it learned that "flu" and "shot" without a
 *       link are suspicious);
 *   <li>the <em>healthcare expert</em> learned from everything, the healthcare posts weighted up;
 *   <li>the <em>gate</em>: how much a post looks like the healthcare posts rather than the COVID
 *       news, which sets each expert's share.
 * </ul>
 *
 * Trained by {@code carepulse train misinformation}; the model packaged with the scorer is
 * {@value #RESOURCE}, described by {@value #METADATA}.
 */
public final class MisinformationModel {

    public static final String RESOURCE = "misinformation-model.bin.gz";
    public static final String METADATA = "misinformation-model.json";
    private static final int FORMAT = 2;

    /** One logistic regression's weights. */
    public record Weights(float[] weights, double bias) {
        public Weights {
            if (weights.length != MisinformationFeatures.DIMENSION) {
                throw new IllegalArgumentException("weights for " + MisinformationFeatures.DIMENSION
                        + " features expected, got " + weights.length);
            }
        }

        double margin(FeatureVector f) {
            double sum = bias;
            int[] indices = f.indices();
            double[] values = f.values();
            for (int i = 0; i < indices.length; i++) {
                sum += weights[indices[i]] * values[i];
            }
            return sum;
        }
    }

    private final Weights gate;
    private final Weights news;
    private final Weights healthcare;

    public MisinformationModel(Weights gate, Weights news, Weights healthcare) {
        this.gate = gate;
        this.news = news;
        this.healthcare = healthcare;
    }

    /** The model packaged with CarePulse, read once per JVM and shared (it is immutable). */
    public static MisinformationModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final MisinformationModel MODEL =
                PackagedModels.load(MisinformationModel.class, RESOURCE, MisinformationModel::read, "misinformation");
    }

    public double probability(FeatureVector f) {
        double g = healthcareShare(f);
        return g * sigmoid(healthcare.margin(f)) + (1 - g) * sigmoid(news.margin(f));
    }

    /** How much the post is of the healthcare kind (0: COVID news), from the gate. */
    public double healthcareShare(FeatureVector f) {
        return sigmoid(gate.margin(f));
    }

    /** How much one feature of {@code f} pushed its score towards misinformation, each expert by its share. */
    double contribution(FeatureVector f, int index, double healthcareShare) {
        int at = Arrays.binarySearch(f.indices(), index);
        if (at < 0) {
            return 0;
        }
        double weight = healthcareShare * healthcare.weights()[index] + (1 - healthcareShare) * news.weights()[index];
        return weight * f.values()[at];
    }

    private static double sigmoid(double margin) {
        return 1 / (1 + Math.exp(-margin));
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(FORMAT);
        data.writeInt(MisinformationFeatures.DIMENSION);
        for (Weights w : new Weights[] {gate, news, healthcare}) {
            data.writeDouble(w.bias());
            QuantisedWeights.write(data, w.weights(), 0, MisinformationFeatures.DENSE);
            QuantisedWeights.write(data, w.weights(), MisinformationFeatures.DENSE, w.weights().length);
        }
        data.flush();
        gzip.finish();
    }

    public static MisinformationModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        int format = data.readInt();
        int dimension = data.readInt();
        if (format != FORMAT || dimension != MisinformationFeatures.DIMENSION) {
            throw new IOException("misinformation model format " + format + " with " + dimension
                    + " features does not fit this scorer (format " + FORMAT + ", " + MisinformationFeatures.DIMENSION
                    + " features); retrain it with: scripts/carepulse train misinformation");
        }
        Weights[] parts = new Weights[3];
        for (int k = 0; k < parts.length; k++) {
            double bias = data.readDouble();
            float[] weights = new float[dimension];
            QuantisedWeights.read(data, weights, 0, MisinformationFeatures.DENSE);
            QuantisedWeights.read(data, weights, MisinformationFeatures.DENSE, dimension);
            parts[k] = new Weights(weights, bias);
        }
        return new MisinformationModel(parts[0], parts[1], parts[2]);
    }
}
