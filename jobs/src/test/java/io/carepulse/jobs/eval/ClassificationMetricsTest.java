package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    @Test
    void weightedAndMacroF1AsScikitLearnComputesThem() {
        // actual: 3 real, 1 fake; predicted: real, real, fake, fake
        boolean[] actual = {false, false, false, true};
        boolean[] predicted = {false, false, true, true};
        ClassificationMetrics m = ClassificationMetrics.of(actual, predicted);
        assertThat(m.n()).isEqualTo(4);
        assertThat(m.accuracy()).isEqualTo(0.75);
        // real: P 2/2, R 2/3 -> F1 0.8; fake: P 1/2, R 1/1 -> F1 2/3
        assertThat(m.macroF1()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-9));
        assertThat(m.weightedF1()).isCloseTo(0.8 * 3 / 4 + 2.0 / 3 / 4, within(1e-9));
        assertThat(m.confusion()).isEqualTo(new int[][] {{2, 1}, {0, 1}});
    }

    @Test
    void aClassNeverPredictedHasF1Zero() {
        ClassificationMetrics m = ClassificationMetrics.of(new boolean[] {true, false}, new boolean[] {false, false});
        assertThat(m.macroF1()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-9));
    }
}
