package org.ganstudio.engine.singan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganstudio.engine.checkpoint.Json;
import org.junit.jupiter.api.Test;

class SinganConfigTest {

    @Test
    void thePaperAndFastPresetsSurviveAJsonRoundTrip() throws Exception {
        for (SinganConfig c : new SinganConfig[] {SinganConfig.paper(), SinganConfig.fast()}) {
            String json = Json.mapper().writeValueAsString(c);
            assertThat(Json.mapper().readValue(json, SinganConfig.class)).isEqualTo(c);
        }
    }

    @Test
    void invalidValuesAreRefused() {
        assertThatThrownBy(() -> new SinganConfig(SinganConfig.Schedule.CUSTOM, 2, 25, 250, 0.75, 32, 128, 5, 0.2,
                true, 2000, 5e-4, 0.5, 0.999, 0.8, 0.1, 3, 3, 0.1, 10, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SinganConfig(SinganConfig.Schedule.CUSTOM, 3, 10, 250, 0.75, 32, 128, 5, 0.2,
                true, 2000, 5e-4, 0.5, 0.999, 0.8, 0.1, 3, 3, 0.1, 10, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SinganConfig(SinganConfig.Schedule.CUSTOM, 3, 25, 250, 1.0, 32, 128, 5, 0.2,
                true, 2000, 5e-4, 0.5, 0.999, 0.8, 0.1, 3, 3, 0.1, 10, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLearningRateDropsAtEightyPercentOfAScale() {
        SinganConfig c = SinganConfig.paper();
        assertThat(c.learningRateAt(1599)).isEqualTo(5e-4);
        assertThat(c.learningRateAt(1600)).isEqualTo(5e-4 * 0.1);
    }

    @Test
    void flopsGrowWithTheScaleAndTheFastScheduleCostsLess() {
        SinganConfig paper = SinganConfig.paper();
        ScalePyramid p = ScalePyramid.plan(250, 188, paper);
        for (int k = 1; k < p.size(); k++) {
            assertThat(paper.flopsPerIteration(p, k)).isGreaterThan(paper.flopsPerIteration(p, k - 1));
        }
        // one generator pass at the finest scale, by hand: 3->128, 3 x 128->128, 128->3, 3x3, padded input
        Scale top = p.finest();
        double byHand = 0;
        int[][] io = {{3, 128}, {128, 128}, {128, 128}, {128, 128}, {128, 3}};
        for (int i = 0; i < 5; i++) {
            byHand += 2.0 * io[i][0] * io[i][1] * 9 * (top.height() + 10 - 2 * (i + 1)) * (top.width() + 10 - 2 * (i + 1));
        }
        assertThat(paper.generatorFlops(top)).isEqualTo(byHand);
        SinganConfig fast = SinganConfig.fast();
        assertThat(fast.trainingFlops(ScalePyramid.plan(250, 188, fast))).isLessThan(paper.trainingFlops(p) / 10);
    }
}
