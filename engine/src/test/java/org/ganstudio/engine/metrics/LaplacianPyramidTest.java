package org.ganstudio.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LaplacianPyramidTest {

    @Test
    void aConstantImageHasZeroLaplacianLevelsAndItsValueAtTheCoarsest() {
        float[] flat = new float[28 * 28];
        java.util.Arrays.fill(flat, 0.3f);

        List<ImagePlanes> levels = LaplacianPyramid.laplacian(ImagePlanes.grey(28, 28, flat), 4);

        assertThat(levels).extracting(ImagePlanes::width).containsExactly(28, 14, 7, 4);
        for (ImagePlanes level : levels.subList(0, 3)) {
            for (float v : level.channel(0)) {
                assertThat(v).isCloseTo(0f, within(1e-6f));
            }
        }
        for (float v : levels.get(3).channel(0)) {
            assertThat(v).isCloseTo(0.3f, within(1e-6f));
        }
    }

    @Test
    void downsamplingARampWeighsTheMirroredNeighboursByHand() {
        float[] ramp = new float[16];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                ramp[y * 4 + x] = x + 4 * y;
            }
        }

        ImagePlanes down = LaplacianPyramid.downsample(ImagePlanes.grey(4, 4, ramp));

        // at column 0 the taps 1 4 6 4 1 / 16 fall on columns 2 1 0 1 2 (mirrored): weights 6, 8, 2 on columns
        // 0, 1, 2, so x averages to (0 * 6 + 1 * 8 + 2 * 2) / 16 = 0.75; the same for y: 0.75 + 4 * 0.75 = 3.75
        assertThat(down.width()).isEqualTo(2);
        assertThat(down.height()).isEqualTo(2);
        assertThat(down.channel(0)[0]).isEqualTo(3.75f);
    }

    @Test
    void downsamplingOnePointGivesTheProductOfItsTapWeights() {
        float[] point = new float[25];
        point[1 * 5 + 1] = 1;

        float[] down = LaplacianPyramid.downsample(ImagePlanes.grey(5, 5, point)).channel(0);

        // output (0, 0): the point is tap -1 and, mirrored, tap +1 on both axes: (8/16)^2
        assertThat(down[0]).isEqualTo(0.25f);
        // output (x 1 = source column 2, row 0): tap -1 across (4/16), taps -1 and +1 down (8/16)
        assertThat(down[1]).isEqualTo(0.125f);
        assertThat(down).hasSize(9);
    }

    @Test
    void addingTheLevelsBackUpGivesTheImage() {
        SplittableRandom random = new SplittableRandom(3);
        float[][] planes = new float[3][30 * 20];
        for (float[] plane : planes) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = (float) random.nextDouble();
            }
        }
        ImagePlanes image = new ImagePlanes(30, 20, planes);

        List<ImagePlanes> levels = LaplacianPyramid.laplacian(image, 3);
        ImagePlanes rebuilt = levels.get(2);
        for (int i = 1; i >= 0; i--) {
            ImagePlanes up = LaplacianPyramid.upsample(rebuilt, levels.get(i).width(), levels.get(i).height());
            float[][] sum = new float[3][];
            for (int c = 0; c < 3; c++) {
                sum[c] = up.channel(c).clone();
                for (int p = 0; p < sum[c].length; p++) {
                    sum[c][p] += levels.get(i).channel(c)[p];
                }
            }
            rebuilt = new ImagePlanes(up.width(), up.height(), sum);
        }

        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < planes[c].length; p++) {
                assertThat(rebuilt.channel(c)[p]).isCloseTo(planes[c][p], within(1e-5f));
            }
        }
    }

    @Test
    void upsamplingAConstantKeepsItAtEvenAndOddSizes() {
        float[] coarse = {0.5f, 0.5f, 0.5f, 0.5f};

        for (int side : new int[] {3, 4}) {
            float[] up = LaplacianPyramid.upsample(ImagePlanes.grey(2, 2, coarse), side, side).channel(0);
            for (float v : up) {
                assertThat(v).isEqualTo(0.5f);
            }
        }
    }

    @Test
    void mirroringDoesNotRepeatTheEdge() {
        assertThat(LaplacianPyramid.mirror(-1, 5)).isEqualTo(1);
        assertThat(LaplacianPyramid.mirror(-2, 5)).isEqualTo(2);
        assertThat(LaplacianPyramid.mirror(5, 5)).isEqualTo(3);
        assertThat(LaplacianPyramid.mirror(-2, 2)).isEqualTo(0);
        assertThat(LaplacianPyramid.mirror(7, 1)).isZero();
    }

    @Test
    void refusesAPyramidWithoutLevelsAndAMismatchedUpsample() {
        ImagePlanes image = ImagePlanes.grey(2, 2, new float[4]);

        assertThatThrownBy(() -> LaplacianPyramid.laplacian(image, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaplacianPyramid.upsample(image, 6, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
