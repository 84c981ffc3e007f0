package org.ganstudio.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageScoresTest {

    @Test
    void meanAveragesEachScore() {
        ImageScores mean = ImageScores.mean(List.of(new ImageScores(0.1, 20, 0.9), new ImageScores(0.3, 30, 0.7)));

        assertThat(mean.l1()).isCloseTo(0.2, within(1e-12));
        assertThat(mean.psnr()).isCloseTo(25.0, within(1e-12));
        assertThat(mean.ssim()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void oneIdenticalPairMakesTheMeanPsnrInfinite() {
        ImageScores mean = ImageScores.mean(
                List.of(new ImageScores(0, Double.POSITIVE_INFINITY, 1), new ImageScores(0.2, 18, 0.6)));

        assertThat(mean.psnr()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(mean.ssim()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void nothingToAverageIsRefused() {
        assertThatThrownBy(() -> ImageScores.mean(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no scores");
    }
}
