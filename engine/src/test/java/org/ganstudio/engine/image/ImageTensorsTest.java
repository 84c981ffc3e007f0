package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImageTensorsTest {
    private static final float EPS = 1e-6f;

    @Test
    void knownLevelsMapToHandComputedFloatsInChannelFirstOrder() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x0080FF); // R 0, G 128, B 255
        image.setRGB(1, 0, 0xFF0001); // R 255, G 0, B 1

        float[] chw = ImageTensors.toChw(image, 3);

        assertThat(chw).containsExactly(
                new float[] {-1f, 1f, 0.0039215686f, -1f, 1f, -0.99215686f}, within(EPS));
    }

    @Test
    void oneChannelMeansLuminance() {
        BufferedImage image = TestImages.filled(1, 1, 0xFF0000);

        assertThat(ImageTensors.toChw(image, 1)).containsExactly(new float[] {76 / 127.5f - 1f}, within(EPS));
    }

    @Test
    void greyImageGivesItsRawLevelsNotGammaShiftedOnes() {
        BufferedImage grey = TestImages.grey(2, 1, 64, 128);

        assertThat(ImageTensors.toChw(grey, 1))
                .containsExactly(new float[] {64 / 127.5f - 1f, 0.0039215686f}, within(EPS));
        assertThat(ImageTensors.toChw(grey, 3)).hasSize(6).startsWith(new float[] {64 / 127.5f - 1f}, within(EPS));
    }

    @Test
    void rgbRoundTripGivesIdenticalPixels() {
        BufferedImage original = TestImages.noise(7, 5, 11);

        BufferedImage back = ImageTensors.fromChw(ImageTensors.toChw(original, 3), 3, 5, 7);

        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(TestImages.rgbPixels(back)).containsExactly(TestImages.rgbPixels(original));
    }

    @Test
    void greyRoundTripGivesIdenticalLevelsForAll256() {
        BufferedImage original = TestImages.grey(16, 16, IntStream.range(0, 256).toArray());

        BufferedImage back = ImageTensors.fromChw(ImageTensors.toChw(original, 1), 1, 16, 16);

        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(TestImages.greyLevels(back)).containsExactly(IntStream.range(0, 256).toArray());
    }

    @Test
    void fromChwClampsAndRounds() {
        float[] values = {-3f, -1f, 0f, 0.0039215686f, 1f, 7f, Float.NaN, -0.99f};

        BufferedImage image = ImageTensors.fromChw(values, 1, 2, 4);

        // 0 -> 127.5 rounds up to 128; -0.99 -> 1.275 rounds to 1.
        assertThat(TestImages.greyLevels(image)).containsExactly(0, 0, 128, 128, 255, 255, 0, 1);
    }

    @Test
    void fromChwRejectsAWrongLength() {
        assertThatThrownBy(() -> ImageTensors.fromChw(new float[5], 3, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 12 values");
    }

    @Test
    void batchHasShapeNchwAndRoundTrips() {
        BufferedImage first = TestImages.noise(4, 3, 21);
        BufferedImage second = TestImages.noise(4, 3, 22);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray batch = ImageTensors.toBatch(manager, List.of(first, second), 3);

            assertThat(batch.getShape()).isEqualTo(new Shape(2, 3, 3, 4));
            int greenOfSecondAtRow1Col2 = (second.getRGB(2, 1) >> 8) & 0xFF;
            assertThat(batch.getFloat(1, 1, 1, 2)).isCloseTo(greenOfSecondAtRow1Col2 / 127.5f - 1f, within(EPS));

            List<BufferedImage> back = ImageTensors.fromBatch(batch);
            assertThat(back).hasSize(2);
            assertThat(TestImages.rgbPixels(back.get(0))).containsExactly(TestImages.rgbPixels(first));
            assertThat(TestImages.rgbPixels(back.get(1))).containsExactly(TestImages.rgbPixels(second));
        }
    }

    @Test
    void greyBatchRoundTrips() {
        BufferedImage grey = TestImages.grey(2, 2, 0, 50, 200, 255);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray batch = ImageTensors.toBatch(manager, List.of(grey), 1);

            assertThat(batch.getShape()).isEqualTo(new Shape(1, 1, 2, 2));
            assertThat(TestImages.greyLevels(ImageTensors.fromBatch(batch).get(0))).containsExactly(0, 50, 200, 255);
        }
    }

    @Test
    void batchOfImagesOfDifferentSizesIsRefused() {
        try (NDManager manager = NDManager.newBaseManager()) {
            List<BufferedImage> mixed = List.of(TestImages.noise(4, 4, 1), TestImages.noise(4, 5, 2));

            assertThatThrownBy(() -> ImageTensors.toBatch(manager, mixed, 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("image 1 is 4 x 5");
        }
    }
}
