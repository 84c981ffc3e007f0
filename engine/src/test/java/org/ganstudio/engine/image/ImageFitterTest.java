package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ImageFitterTest {

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({"300, 100, 64", "10, 400, 64", "1, 1, 32", "3, 2, 64", "1000, 3, 16", "97, 61, 32", "64, 64, 64"})
    void anyShapeBecomesASquareOfTheRequestedSizeAndUniformColourStaysExact(int width, int height, int size) {
        BufferedImage fitted = ImageFitter.fit(TestImages.filled(width, height, 0x3C7AB1), size);

        assertThat(fitted.getWidth()).isEqualTo(size);
        assertThat(fitted.getHeight()).isEqualTo(size);
        assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        for (int pixel : TestImages.rgbPixels(fitted)) {
            assertThat(pixel & 0xFFFFFF).isEqualTo(0x3C7AB1);
        }
    }

    @Test
    void wideImageKeepsItsCentre() {
        BufferedImage image = TestImages.filled(300, 100, 0xFF0000);
        fillColumns(image, 100, 200, 0x00FF00);
        fillColumns(image, 200, 300, 0x0000FF);

        assertThat(TestImages.rgbPixels(ImageFitter.fit(image, 20))).containsOnly(0xFF00FF00);
    }

    @Test
    void tallImageKeepsItsCentre() {
        BufferedImage image = TestImages.filled(10, 30, 0xFF0000);
        for (int y = 10; y < 20; y++) {
            for (int x = 0; x < 10; x++) {
                image.setRGB(x, y, 0x00FF00);
            }
        }

        assertThat(TestImages.rgbPixels(ImageFitter.fit(image, 40))).containsOnly(0xFF00FF00);
    }

    @Test
    void shrinkingAveragesTheCoveredArea() {
        // A 4 x 4 black-and-white checkerboard: every 2 x 2 block averages to 127.5.
        int[] levels = new int[16];
        for (int i = 0; i < 16; i++) {
            levels[i] = ((i % 4) + (i / 4)) % 2 == 0 ? 0 : 255;
        }

        BufferedImage fitted = ImageFitter.fit(TestImages.grey(4, 4, levels), 2);

        assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(TestImages.greyLevels(fitted)).containsOnly(128);
    }

    @Test
    void shrinkingByANonIntegerFactorWeighsPartlyCoveredPixels() {
        // 3 -> 2: output 0 covers source [0, 1.5): (1 * 0 + 0.5 * 90) / 1.5 = 30.
        BufferedImage grey = TestImages.grey(3, 3, 0, 90, 180, 0, 90, 180, 0, 90, 180);

        assertThat(TestImages.greyLevels(ImageFitter.fit(grey, 2))).containsExactly(30, 150, 30, 150);
    }

    @Test
    void enlargingInterpolatesBetweenPixelCentresAndKeepsTheEdges() {
        // 2 -> 4: outputs sample source positions -0.25 (clamped to 0), 0.25, 0.75, 1.25 (clamped to 1).
        BufferedImage grey = TestImages.grey(2, 2, 0, 200, 0, 200);

        int[] row = new int[4];
        System.arraycopy(TestImages.greyLevels(ImageFitter.fit(grey, 4)), 0, row, 0, 4);

        assertThat(row).containsExactly(0, 50, 150, 200);
    }

    private static void fillColumns(BufferedImage image, int from, int to, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                image.setRGB(x, y, rgb);
            }
        }
    }

    @Test
    void resizeKeepsTheWholeImageAtAnyAspectAveragingRowsAndColumnsSeparately() {
        // 4x2 grey: left half 0, right half 200; to 2x1 each output averages one half's four pixels
        BufferedImage grey = TestImages.grey(4, 2, new int[] {0, 0, 200, 200, 0, 0, 200, 200});
        BufferedImage half = ImageFitter.resize(grey, 2, 1);
        assertThat(half.getWidth()).isEqualTo(2);
        assertThat(half.getHeight()).isEqualTo(1);
        assertThat(TestImages.greyLevels(half)).containsExactly(0, 200);
        BufferedImage wide = ImageFitter.resize(TestImages.filled(30, 10, 0x3C7AB1), 45, 7);
        assertThat(wide.getWidth()).isEqualTo(45);
        assertThat(wide.getHeight()).isEqualTo(7);
        assertThat(TestImages.rgbPixels(wide)).containsOnly(0xFF3C7AB1);
    }
}
