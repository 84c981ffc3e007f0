package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepRandomTest {

    @Test
    void sameSeedAndStepGiveTheSameNumbersAndOtherStepsDiffer() {
        float[] a = StepRandom.gaussian(StepRandom.forStep(5, 10, 0), 16);
        float[] b = StepRandom.gaussian(StepRandom.forStep(5, 10, 0), 16);
        assertThat(a).containsExactly(b);
        assertThat(StepRandom.gaussian(StepRandom.forStep(5, 11, 0), 16)).isNotEqualTo(a);
        assertThat(StepRandom.gaussian(StepRandom.forStep(5, 10, 1), 16)).isNotEqualTo(a);
        assertThat(StepRandom.gaussian(StepRandom.forStep(6, 10, 0), 16)).isNotEqualTo(a);
    }

    @Test
    void gaussianDrawsHaveMeanZeroAndUnitVariance() {
        float[] x = StepRandom.gaussian(StepRandom.forStep(1, 0, 0), 200_001);
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (float v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= x.length;
        assertThat(mean).isCloseTo(0, within(0.01));
        assertThat(var).isCloseTo(1, within(0.02));
    }
}
