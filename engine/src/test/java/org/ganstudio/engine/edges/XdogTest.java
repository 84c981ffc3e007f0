package org.ganstudio.engine.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class XdogTest {
    private static final double SIGMA = 1.4;
    private static final double K = 1.6;
    private static final double TAU = 0.99;
    private static final double EPSILON = 0.0;
    private static final double PHI = 200;

    @Test
    void softThresholdIsOneAboveEpsilonAndOnePlusTanhBelow() {
        assertThat(Xdog.softThreshold(0.05, 0.02, 100)).isEqualTo(1.0);
        assertThat(Xdog.softThreshold(0.02, 0.02, 100)).isEqualTo(1.0);
        // 1 + tanh(100 * (0.01 - 0.02)) = 1 + tanh(-1)
        assertThat(Xdog.softThreshold(0.01, 0.02, 100)).isCloseTo(0.2384058440, within(1e-9));
    }

    @Test
    void differenceAcrossAVerticalStepMatchesTailSumsOfTheTwoGaussians() {
        GreyImage step = verticalStep(40, 12, 20);

        float[] d = Xdog.difference(step, SIGMA, K, TAU);

        // along a row only the horizontal blur matters: pixel x sees sum over i >= 20 - x of g[i]
        for (int x = 10; x < 30; x++) {
            double expected = tail(SIGMA, 20 - x) - TAU * tail(K * SIGMA, 20 - x);
            assertThat((double) d[6 * 40 + x]).as("x = %d", x).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void stepEdgeGivesALineOnItsDarkSideAndNothingFarAway() {
        GreyImage step = verticalStep(40, 12, 20);

        GreyImage lines = Xdog.lines(step, SIGMA, K, TAU, EPSILON, PHI);

        double whiteFrom = EPSILON - 0.5 * Math.log(3) / PHI; // where 1 + tanh(phi (D - eps)) = 0.5
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 40; x++) {
                double d = tail(SIGMA, 20 - x) - TAU * tail(K * SIGMA, 20 - x);
                float expected = d >= whiteFrom ? 1f : 0f;
                assertThat(lines.get(x, y)).as("(%d, %d)", x, y).isEqualTo(expected);
            }
        }
        // by hand: D(19) = 0.358 - 0.99 * 0.411 = -0.049, so the pixel beside the step is ink ...
        assertThat(lines.get(19, 6)).isZero();
        // ... the bright side (D = 1 - tau there) and the dark far field (D = 0) stay white
        for (int x = 0; x < 40; x++) {
            if (x < 12 || x >= 20) {
                assertThat(lines.get(x, 6)).as("x = %d", x).isEqualTo(1f);
            }
        }
    }

    @Test
    void binaryOutputIsTheSoftThresholdCutAtOneHalf() {
        Random random = new Random(3);
        float[] pixels = new float[24 * 24];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat();
        }
        GreyImage noise = new GreyImage(24, 24, pixels);
        double epsilon = 0.01;
        double phi = 40;

        float[] d = Xdog.difference(noise, 1.0, 1.6, 0.98);
        GreyImage lines = Xdog.lines(noise, 1.0, 1.6, 0.98, epsilon, phi);

        int ink = 0;
        for (int i = 0; i < d.length; i++) {
            float expected = Xdog.softThreshold(d[i], epsilon, phi) >= 0.5 ? 1f : 0f;
            assertThat(lines.pixels()[i]).as("pixel %d, D = %f", i, d[i]).isEqualTo(expected);
            ink += expected == 0f ? 1 : 0;
        }
        assertThat(ink).isBetween(1, d.length - 1);
    }

    /** Dark (0) for x below {@code at}, white (1) from there on. */
    static GreyImage verticalStep(int width, int height, int at) {
        GreyImage image = GreyImage.filled(width, height, 1f);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < at; x++) {
                image.pixels()[y * width + x] = 0f;
            }
        }
        return image;
    }

    /** Sum of the normalised Gaussian weights exp(-i^2 / 2 sigma^2), |i| <= ceil(3 sigma), over i >= from. */
    private static double tail(double sigma, int from) {
        int radius = (int) Math.ceil(3 * sigma);
        double all = 0;
        double tail = 0;
        for (int i = -radius; i <= radius; i++) {
            double w = Math.exp(-i * i / (2 * sigma * sigma));
            all += w;
            if (i >= from) {
                tail += w;
            }
        }
        return tail / all;
    }
}
