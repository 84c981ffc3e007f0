package org.ganstudio.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SsimTest {

    @Test
    void constantImagesScoreTheirLuminanceTerm() {
        float[] dark = filled(16 * 16, 0.25f);
        float[] light = filled(16 * 16, 0.5f);

        // variances and covariance are 0, so SSIM = (2 * 0.25 * 0.5 + C1) / (0.0625 + 0.25 + C1) * C2 / C2
        // = 0.2501 / 0.3126
        assertThat(Ssim.ssim(dark, light, 16, 16)).isCloseTo(0.8000639795, within(1e-9));
    }

    @Test
    void luminanceTermIsSymmetricAndFallsWithTheGapBetweenMeans() {
        float[] x = filled(16 * 16, 0.125f);
        float[] y = filled(16 * 16, 0.875f);

        // (2 * 0.125 * 0.875 + 0.0001) / (0.015625 + 0.765625 + 0.0001) = 0.21885 / 0.78135
        assertThat(Ssim.ssim(x, y, 16, 16)).isCloseTo(0.2800921482, within(1e-9));
        assertThat(Ssim.ssim(y, x, 16, 16)).isCloseTo(0.2800921482, within(1e-9));
    }

    @Test
    void windowIsElevenGaussianTapsOfSigmaOnePointFive() {
        double[] window = Ssim.window(64);

        assertThat(window).hasSize(11);
        assertThat(Arrays.stream(window).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(window[6] / window[5]).isCloseTo(Math.exp(-1 / 4.5), within(1e-12));
        assertThat(window[10] / window[5]).isCloseTo(Math.exp(-25 / 4.5), within(1e-12));
    }

    @Test
    void threeByThreeImageMatchesTheFormulaWithItsOneWindowPosition() {
        float[] x = {0.1f, 0.4f, 0.2f, 0.9f, 0.5f, 0.3f, 0.0f, 0.7f, 0.6f};
        float[] y = {0.2f, 0.4f, 0.1f, 0.8f, 0.6f, 0.3f, 0.1f, 0.5f, 0.7f};
        // window: Gaussian taps exp(-1 / 4.5), 1, exp(-1 / 4.5), normalised, outer product
        double side = Math.exp(-1 / 4.5);
        double[] taps = {side / (1 + 2 * side), 1 / (1 + 2 * side), side / (1 + 2 * side)};
        double mx = 0;
        double my = 0;
        for (int i = 0; i < 9; i++) {
            double w = taps[i % 3] * taps[i / 3];
            mx += w * x[i];
            my += w * y[i];
        }
        double vx = 0;
        double vy = 0;
        double cov = 0;
        for (int i = 0; i < 9; i++) {
            double w = taps[i % 3] * taps[i / 3];
            vx += w * (x[i] - mx) * (x[i] - mx);
            vy += w * (y[i] - my) * (y[i] - my);
            cov += w * (x[i] - mx) * (y[i] - my);
        }
        double c1 = 1e-4;
        double c2 = 9e-4;
        double expected = (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));

        assertThat(Ssim.ssim(x, y, 3, 3)).isCloseTo(expected, within(1e-9));
        assertThat(expected).isBetween(0.5, 0.99);
    }

    @Test
    void colourScoreIsTheMeanOfTheChannelScores() {
        float[] a = filled(256, 0.25f);
        float[] b = filled(256, 0.5f);
        ImagePlanes left = new ImagePlanes(16, 16, new float[][] {a, a, a});
        ImagePlanes right = new ImagePlanes(16, 16, new float[][] {b, a, a});

        // one channel scores 0.2501 / 0.3126, two score 1
        assertThat(Ssim.ssim(left, right)).isCloseTo((0.8000639795 + 2) / 3, within(1e-9));
    }

    @Test
    void uncorrelatedNoiseScoresFarBelowOne() {
        Random random = new Random(1);
        float[] x = new float[32 * 32];
        float[] y = new float[32 * 32];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat();
            y[i] = random.nextFloat();
        }

        assertThat(Ssim.ssim(x, y, 32, 32)).isBetween(-0.2, 0.2);
    }

    private static float[] filled(int n, float value) {
        float[] values = new float[n];
        Arrays.fill(values, value);
        return values;
    }
}
