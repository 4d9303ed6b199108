package io.carepulse.models.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How many training documents carry each feature, and from that how informative the feature is:
 * {@code ln((n + 1) / (df + 1)) + 1}, the smoothed inverse document frequency. A word or
 * character gram that nearly every post has ("the", " co") says little about a post; one that
 * few posts have says much, and should weigh more before a vector is scaled to its length.
 */
public final class InverseDocumentFrequency {

    /** Frequencies are stored in 16 bits; a feature in more documents than this is common anyway. */
    private static final int MAX_STORED = 0xffff;

    private final int documents;
    private final int[] frequencies;
    private final float[] weights;

    public InverseDocumentFrequency(int documents, int[] frequencies) {
        this.documents = documents;
        this.frequencies = frequencies;
        this.weights = new float[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            weights[i] = (float) (Math.log((documents + 1.0) / (frequencies[i] + 1.0)) + 1);
        }
    }

    /** Counts, for every index of {@code dimension}, the documents whose vector has it. */
    public static InverseDocumentFrequency count(int dimension, Iterable<FeatureVector> documents) {
        int[] frequencies = new int[dimension];
        int n = 0;
        for (FeatureVector document : documents) {
            n++;
            for (int index : document.indices()) {
                frequencies[index]++;
            }
        }
        return new InverseDocumentFrequency(n, frequencies);
    }

    public int documents() {
        return documents;
    }

    /** The weight of each index; shared, not to be changed. */
    public float[] weights() {
        return weights;
    }

    public void write(DataOutputStream data) throws IOException {
        data.writeInt(documents);
        data.writeInt(frequencies.length);
        for (int f : frequencies) {
            data.writeShort(Math.min(f, MAX_STORED));
        }
    }

    public static InverseDocumentFrequency read(DataInputStream data, int dimension) throws IOException {
        int documents = data.readInt();
        int length = data.readInt();
        if (length != dimension) {
            throw new IOException("document frequencies for " + length + " features, expected " + dimension);
        }
        int[] frequencies = new int[length];
        for (int i = 0; i < length; i++) {
            frequencies[i] = data.readUnsignedShort();
        }
        return new InverseDocumentFrequency(documents, frequencies);
    }
}
