package org.ganstudio.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageMetricsTest {

    @Test
    void offsetOfOneTenthEverywhereGivesL1OfOneTenthAndPsnrOfTwentyDecibels() {
        float[] base = new float[20 * 16];
        float[] shifted = new float[base.length];
        Random random = new Random(5);
        for (int i = 0; i < base.length; i++) {
            base[i] = random.nextFloat() * 0.9f;
            shifted[i] = base[i] + 0.1f;
        }
        ImagePlanes a = ImagePlanes.grey(20, 16, base);
        ImagePlanes b = ImagePlanes.grey(20, 16, shifted);

        // MSE = 0.01, so PSNR = 10 log10(1 / 0.01) = 20
        assertThat(ImageMetrics.l1(a, b)).isCloseTo(0.1, within(1e-6));
        assertThat(ImageMetrics.psnr(a, b)).isCloseTo(20.0, within(1e-5));
    }

    @Test
    void identicalImagesScoreZeroInfinityAndOne() {
        BufferedImage image = noiseRgb(24, 24, 9);

        ImageScores scores = ImageMetrics.compare(image, image);

        assertThat(scores.l1()).isZero();
        assertThat(scores.psnr()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(scores.ssim()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void eightBitColourImagesAreComparedOnAllThreeChannels() {
        BufferedImage a = filledRgb(16, 16, 0x102030);
        BufferedImage b = filledRgb(16, 16, 0x432030); // red 16 -> 67: 51 levels = 0.2, green and blue equal

        ImageScores scores = ImageMetrics.compare(a, b);

        // L1 = 0.2 / 3; MSE = 0.04 / 3, PSNR = 10 log10(75) = 18.7506 dB
        assertThat(scores.l1()).isCloseTo(0.2 / 3, within(1e-7));
        assertThat(scores.psnr()).isCloseTo(18.7506126, within(1e-5));
    }

    @Test
    void twoGreyImagesAreComparedOnTheirGreyLevelsAsRead() {
        BufferedImage a = grey(16, 16, 64);
        BufferedImage b = grey(16, 16, 115); // 51 levels brighter

        ImageScores scores = ImageMetrics.compare(a, b);

        assertThat(scores.l1()).isCloseTo(0.2, within(1e-7));
        assertThat(scores.psnr()).isCloseTo(10 * Math.log10(25), within(1e-5));
    }

    @Test
    void greyAgainstColourComparesRgbWithTheGreyLevelRepeated() {
        BufferedImage grey = grey(16, 16, 128);
        BufferedImage rgb = filledRgb(16, 16, 0x808080);

        ImageScores scores = ImageMetrics.compare(grey, rgb);

        assertThat(scores.l1()).isZero();
        assertThat(scores.psnr()).isInfinite();
    }

    @Test
    void transparentPixelsCountAsWhite() {
        BufferedImage transparent = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);

        assertThat(ImageMetrics.compare(transparent, filledRgb(16, 16, 0xFFFFFF)).psnr()).isInfinite();
    }

    @Test
    void differentSizesAreRefusedWithBothSizesNamed() {
        assertThatThrownBy(() -> ImageMetrics.compare(grey(16, 16, 0), grey(16, 12, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different sizes").hasMessageContaining("16 x 16").hasMessageContaining("16 x 12");
    }

    @Test
    void differentChannelCountsAreRefused() {
        ImagePlanes grey = ImagePlanes.grey(2, 2, new float[4]);
        ImagePlanes rgb = new ImagePlanes(2, 2, new float[][] {new float[4], new float[4], new float[4]});

        assertThatThrownBy(() -> ImageMetrics.compare(grey, rgb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 and 3 channels");
    }

    @Test
    void moreNoiseMeansWorseScoresOnEveryMetric() {
        int size = 48;
        float[] clean = smoothPattern(size);
        Random random = new Random(11);
        double[] noiseLevels = {0.01, 0.03, 0.06, 0.1, 0.2};
        ImageScores previous = null;

        for (double level : noiseLevels) {
            float[] noisy = new float[clean.length];
            for (int i = 0; i < clean.length; i++) {
                noisy[i] = (float) (clean[i] + level * random.nextGaussian());
            }
            ImageScores scores = ImageMetrics.compare(ImagePlanes.grey(size, size, clean),
                    ImagePlanes.grey(size, size, noisy));

            if (previous != null) {
                assertThat(scores.ssim()).as("SSIM at noise %s", level).isLessThan(previous.ssim());
                assertThat(scores.psnr()).as("PSNR at noise %s", level).isLessThan(previous.psnr());
                assertThat(scores.l1()).as("L1 at noise %s", level).isGreaterThan(previous.l1());
            }
            previous = scores;
        }
        assertThat(previous.ssim()).isLessThan(0.5);
    }

    /** Smooth shading plus stripes, in [0.1, 0.9]. */
    static float[] smoothPattern(int size) {
        float[] pattern = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pattern[y * size + x] = (float) (0.5 + 0.25 * Math.sin(x / 3.0) + 0.15 * Math.cos((x + y) / 7.0));
            }
        }
        return pattern;
    }

    private static BufferedImage grey(int width, int height, int level) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int[] levels = new int[width * height];
        Arrays.fill(levels, level);
        image.getRaster().setSamples(0, 0, width, height, 0, levels);
        return image;
    }

    private static BufferedImage filledRgb(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static BufferedImage noiseRgb(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt() & 0xFFFFFF);
            }
        }
        return image;
    }
}
