package io.carepulse.models.linear;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Builds a {@link FeatureVector} from a few dense features and groups of hashed features. Each
 * group is a bag: a bucket counts once, and the group's values are scaled to a fixed length
 * (weight / sqrt(distinct buckets)), so long texts do not outvote short ones. Buckets shared by
 * two groups add up.
 */
public final class HashedFeatures {

    private HashedFeatures() {}

    /** A well-spread bucket in [0, 2^bits) for any 32-bit hash (MurmurHash3's finaliser). */
    public static int bucket(int hash, int bits) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h >>> (32 - bits);
    }

    /**
     * @param dense values of indices 0 .. dense.length - 1
     * @param groups bucket lists, already offset past the dense indices, in any order, repeats allowed
     * @param weights each group's total weight
     */
    public static FeatureVector of(double[] dense, int[][] groups, double[] weights) {
        return of(dense, groups, weights, null);
    }

    /**
     * As {@link #of(double[], int[][], double[])}, each bucket's value also scaled by its own
     * weight (for example how rare it is) before the group is scaled to its length.
     *
     * @param bucketWeights a weight per index, or null for 1 everywhere
     */
    public static FeatureVector of(double[] dense, int[][] groups, double[] weights, float[] bucketWeights) {
        int total = dense.length;
        for (int[] g : groups) {
            total += g.length;
        }
        long[] keyed = new long[total];
        int n = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                keyed[n++] = (long) i << 8;
            }
        }
        double[] groupValue = new double[groups.length];
        for (int g = 0; g < groups.length; g++) {
            int[] buckets = groups[g].clone();
            Arrays.sort(buckets);
            double squares = 0;
            for (int i = 0; i < buckets.length; i++) {
                if (i == 0 || buckets[i] != buckets[i - 1]) {
                    keyed[n++] = ((long) buckets[i] << 8) | (g + 1);
                    double w = bucketWeights == null ? 1 : bucketWeights[buckets[i]];
                    squares += w * w;
                }
            }
            groupValue[g] = squares == 0 ? 0 : weights[g] / Math.sqrt(squares);
        }
        Arrays.sort(keyed, 0, n);
        int[] indices = new int[n];
        double[] values = new double[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int index = (int) (keyed[k] >>> 8);
            int group = (int) (keyed[k] & 0xff);
            double value = group == 0 ? dense[index]
                    : groupValue[group - 1] * (bucketWeights == null ? 1 : bucketWeights[index]);
            if (m > 0 && indices[m - 1] == index) {
                values[m - 1] += value;
            } else {
                indices[m] = index;
                values[m++] = value;
            }
        }
        return new FeatureVector(Arrays.copyOf(indices, m), Arrays.copyOf(values, m));
    }

    /**
     * The buckets of the character 3- to 5-grams of {@code text}, hashed straight from the
     * characters (no string per gram) from {@code seed}, each hash mapped by {@code bucket}.
     */
    public static int[] characterGrams(CharSequence text, int seed, IntUnaryOperator bucket) {
        int length = text.length();
        int count = 0;
        for (int size = 3; size <= 5; size++) {
            count += Math.max(0, length - size + 1);
        }
        int[] buckets = new int[count];
        int n = 0;
        for (int size = 3; size <= 5; size++) {
            for (int i = 0; i + size <= length; i++) {
                int h = seed;
                for (int k = i; k < i + size; k++) {
                    h = 31 * h + text.charAt(k);
                }
                buckets[n++] = bucket.applyAsInt(h);
            }
        }
        return buckets;
    }
}
