package org.ganstudio.engine.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianBlurTest {

    @Test
    void kernelOfSigmaOneIsTheNormalisedGaussianOverRadiusThree() {
        // exp(-i^2 / 2) for i = -3..3, divided by their sum 2.505949879
        float[] expected = {0.0044330482f, 0.0540055826f, 0.2420362294f, 0.3990502797f, 0.2420362294f,
            0.0540055826f, 0.0044330482f};

        assertThat(GaussianBlur.kernel(1.0)).containsExactly(expected, within(1e-7f));
    }

    @Test
    void radiusIsCeilingOfThreeSigma() {
        assertThat(GaussianBlur.kernel(0.5)).hasSize(5);
        assertThat(GaussianBlur.kernel(1.4)).hasSize(11);
        assertThat(GaussianBlur.kernel(2.0)).hasSize(13);
    }

    @Test
    void kernelFollowsTheFormulaAndSumsToOneForAnySigma() {
        double sigma = 1.4;
        float[] kernel = GaussianBlur.kernel(sigma);
        double sum = 0;
        for (float v : kernel) {
            sum += v;
        }

        assertThat(sum).isCloseTo(1.0, within(1e-6));
        for (int i = 1; i <= 5; i++) {
            double ratio = kernel[5 + i] / (double) kernel[5];
            assertThat(ratio).isCloseTo(Math.exp(-i * i / (2 * sigma * sigma)), within(1e-6));
            assertThat(kernel[5 - i]).isEqualTo(kernel[5 + i]);
        }
    }

    @Test
    void blurOfAConstantIsThatConstant() {
        GreyImage grey = GreyImage.filled(13, 9, 0.37f);

        GreyImage blurred = GaussianBlur.blur(grey, 2.3);

        for (float v : blurred.pixels()) {
            assertThat(v).isCloseTo(0.37f, within(1e-6f));
        }
    }

    @Test
    void blurOfAnImpulseIsTheOuterProductOfTheKernel() {
        GreyImage impulse = GreyImage.filled(15, 15, 0f);
        impulse.pixels()[7 * 15 + 7] = 1f;
        float[] k = GaussianBlur.kernel(1.0);

        GreyImage blurred = GaussianBlur.blur(impulse, 1.0);

        for (int y = 0; y < 15; y++) {
            for (int x = 0; x < 15; x++) {
                boolean near = Math.abs(x - 7) <= 3 && Math.abs(y - 7) <= 3;
                float expected = near ? k[x - 4] * k[y - 4] : 0f;
                assertThat(blurred.get(x, y)).as("(%d, %d)", x, y).isCloseTo(expected, within(1e-7f));
            }
        }
    }

    @Test
    void pixelsBeyondTheBorderRepeatTheBorderPixel() {
        GreyImage row = new GreyImage(8, 1, new float[] {1, 0, 0, 0, 0, 0, 0, 0});

        GreyImage blurred = GaussianBlur.blur(row, 1.0);

        // taps -3..0 all land on pixel 0: 0.0044330 + 0.0540056 + 0.2420362 + 0.3990503
        assertThat(blurred.get(0, 0)).isCloseTo(0.6995251f, within(1e-6f));
        // pixel 1 sees pixel 0 through taps -3..-1: 0.0044330 + 0.0540056 + 0.2420362
        assertThat(blurred.get(1, 0)).isCloseTo(0.3004748f, within(1e-6f));
    }

    @Test
    void sigmaMustBePositive() {
        assertThatThrownBy(() -> GaussianBlur.kernel(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sigma");
        assertThatThrownBy(() -> GaussianBlur.kernel(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
