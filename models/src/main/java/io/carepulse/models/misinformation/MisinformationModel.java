package io.carepulse.models.misinformation;

import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.InverseDocumentFrequency;
import io.carepulse.models.linear.LinearFunction;
import io.carepulse.models.linear.PackagedModels;
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
 * The features are weighed by how rare they were in the training posts (inverse document
 * frequency) before each group is scaled to its length, so the model carries those frequencies
 * and makes the {@link #features() features} it was trained on.
 *
 * Trained by {@code carepulse train misinformation}; the model packaged with the scorer is
 * {@value #RESOURCE}, described by {@value #METADATA}.
 */
public final class MisinformationModel {

    public static final String RESOURCE = "misinformation-model.bin.gz";
    public static final String METADATA = "misinformation-model.json";
    private static final int FORMAT = 3;

    private final InverseDocumentFrequency rarity;
    private final MisinformationFeatures features;
    private final LinearFunction gate;
    private final LinearFunction news;
    private final LinearFunction healthcare;

    public MisinformationModel(InverseDocumentFrequency rarity, LinearFunction gate, LinearFunction news,
                               LinearFunction healthcare) {
        LinearFunction.requireDimension(MisinformationFeatures.DIMENSION, gate, news, healthcare);
        this.rarity = rarity;
        this.features = new MisinformationFeatures(rarity.weights());
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

    /** The features this model reads, weighed as in training. */
    public MisinformationFeatures features() {
        return features;
    }

    public double probability(FeatureVector f) {
        double g = healthcareShare(f);
        return g * healthcare.probability(f) + (1 - g) * news.probability(f);
    }

    /** How much the post is of the healthcare kind (0: COVID news), from the gate. */
    public double healthcareShare(FeatureVector f) {
        return gate.probability(f);
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

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(FORMAT);
        data.writeInt(MisinformationFeatures.DIMENSION);
        rarity.write(data);
        for (LinearFunction w : new LinearFunction[] {gate, news, healthcare}) {
            w.write(data, MisinformationFeatures.DENSE);
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
        InverseDocumentFrequency rarity = InverseDocumentFrequency.read(data, dimension);
        LinearFunction[] parts = new LinearFunction[3];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = LinearFunction.read(data, dimension, MisinformationFeatures.DENSE);
        }
        return new MisinformationModel(rarity, parts[0], parts[1], parts[2]);
    }
}
