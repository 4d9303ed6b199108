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
 * Logistic regression over {@link MisinformationFeatures}: the probability that a post spreads
 * a false health claim. Trained by {@code carepulse train misinformation}; the model packaged
 * with the scorer is {@value #RESOURCE}, described by {@value #METADATA}.
 */
public final class MisinformationModel {

    public static final String RESOURCE = "misinformation-model.bin.gz";
    public static final String METADATA = "misinformation-model.json";
    private static final int FORMAT = 1;

    private final float[] weights;
    private final double bias;

    public MisinformationModel(float[] weights, double bias) {
        if (weights.length != MisinformationFeatures.DIMENSION) {
            throw new IllegalArgumentException("weights for " + MisinformationFeatures.DIMENSION
                    + " features expected, got " + weights.length);
        }
        this.weights = weights;
        this.bias = bias;
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
        return 1 / (1 + Math.exp(-margin(f)));
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

    /** How much one feature of {@code f} pushed its score towards misinformation. */
    double contribution(FeatureVector f, int index) {
        int at = Arrays.binarySearch(f.indices(), index);
        return at < 0 ? 0 : weights[index] * f.values()[at];
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(FORMAT);
        data.writeInt(MisinformationFeatures.DIMENSION);
        data.writeDouble(bias);
        QuantisedWeights.write(data, weights, 0, MisinformationFeatures.DENSE);
        QuantisedWeights.write(data, weights, MisinformationFeatures.DENSE, weights.length);
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
        double bias = data.readDouble();
        float[] weights = new float[dimension];
        QuantisedWeights.read(data, weights, 0, MisinformationFeatures.DENSE);
        QuantisedWeights.read(data, weights, MisinformationFeatures.DENSE, dimension);
        return new MisinformationModel(weights, bias);
    }
}
