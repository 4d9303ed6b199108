package io.carepulse.models.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class InverseDocumentFrequencyTest {

    private static FeatureVector has(int... indices) {
        return new FeatureVector(indices, new double[indices.length]);
    }

    @Test
    void aFeatureInEveryDocumentWeighsLeastAndOneInNoneMost() {
        InverseDocumentFrequency idf = InverseDocumentFrequency.count(4, List.of(has(0, 1), has(0, 2), has(0)));
        float[] w = idf.weights();
        assertThat(idf.documents()).isEqualTo(3);
        assertThat(w[0]).isCloseTo(1.0f, within(1e-6f)); // ln(4/4) + 1
        assertThat(w[1]).isCloseTo((float) (Math.log(4.0 / 2) + 1), within(1e-6f));
        assertThat(w[3]).isCloseTo((float) (Math.log(4.0) + 1), within(1e-6f));
        assertThat(w[1]).isEqualTo(w[2]).isGreaterThan(w[0]).isLessThan(w[3]);
    }

    @Test
    void survivesWritingAndReading() throws Exception {
        InverseDocumentFrequency idf = InverseDocumentFrequency.count(3, List.of(has(0, 1), has(1)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        idf.write(new DataOutputStream(bytes));
        InverseDocumentFrequency read = InverseDocumentFrequency.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 3);
        assertThat(read.documents()).isEqualTo(2);
        assertThat(read.weights()).containsExactly(idf.weights());
    }

    @Test
    void rareBucketsWeighMoreWithinAGroupScaledToUnitLength() {
        float[] weights = {1, 1, 3};
        FeatureVector v = HashedFeatures.of(new double[0], new int[][] {{0, 2}}, new double[] {1.0}, weights);
        assertThat(v.indices()).containsExactly(0, 2);
        assertThat(v.values()[1]).isCloseTo(3 * v.values()[0], within(1e-9));
        assertThat(v.values()[0] * v.values()[0] + v.values()[1] * v.values()[1]).isCloseTo(1.0, within(1e-9));
    }
}
