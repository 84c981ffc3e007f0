package org.ganstudio.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.metrics.SlicedWasserstein.Settings;
import org.junit.jupiter.api.Test;

class SlicedWassersteinTest {
    private static final Settings SMALL = new Settings(7, 16, 32, 16);

    /** Noise textures in [0.2, 0.6], {@code shift} added to every pixel. */
    private static List<ImagePlanes> textures(int count, int side, long seed, float shift) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ImagePlanes> images = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] plane = new float[side * side];
            for (int i = 0; i < plane.length; i++) {
                plane[i] = 0.2f + 0.4f * (float) random.nextDouble() + shift;
            }
            images.add(ImagePlanes.grey(side, side, plane));
        }
        return images;
    }

    @Test
    void aSetComparedWithItselfIsAtDistanceZero() {
        List<ImagePlanes> set = textures(6, 32, 1, 0);

        SlicedWasserstein.Result result = SlicedWasserstein.distance(set, set, SMALL, 9);

        assertThat(result.levelWidths()).containsExactly(32, 16);
        assertThat(result.perLevel()).containsExactly(0.0, 0.0);
        assertThat(result.average()).isZero();
    }

    @Test
    void sortedProjectionsOfOneDimensionAreComparedInOrder() {
        float[] a = {0, 1, 5};
        float[] b = {2, 0, 1};

        // sorted: 0 1 5 against 0 1 2, differences 0 0 3, mean 1
        assertThat(SlicedWasserstein.projected(a, b, 1, new float[][] {{1}})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void constantSetsNormaliseToMinusAndPlusOneAndProjectByHand() {
        int dimension = 49;
        float[] dark = new float[3 * dimension];
        float[] light = new float[3 * dimension];
        java.util.Arrays.fill(dark, 0.2f);
        java.util.Arrays.fill(light, 0.6f);

        SlicedWasserstein.normalise(dark, light, 1, dimension);

        // shared mean 0.4, shared std 0.2: 0.2 -> -1, 0.6 -> +1
        assertThat(dark[0]).isCloseTo(-1f, within(1e-6f));
        assertThat(light[dimension * 3 - 1]).isCloseTo(1f, within(1e-6f));
        float[] axis = new float[dimension];
        axis[0] = 1;
        float[] tilted = new float[dimension];
        tilted[0] = 0.6f;
        tilted[1] = 0.8f;
        // every projection of a set is the same: -sum(d) and +sum(d), so the distance is 2 |sum(d)|
        assertThat(SlicedWasserstein.projected(dark, light, dimension, new float[][] {axis})).isCloseTo(2, within(1e-6));
        assertThat(SlicedWasserstein.projected(dark, light, dimension, new float[][] {axis, tilted}))
                .isCloseTo((2 + 2.8) / 2, within(1e-6));
    }

    @Test
    void aBrightnessShiftShowsAtTheCoarsestLevelAndGrowsWithTheShift() {
        List<ImagePlanes> real = textures(8, 32, 1, 0);
        List<ImagePlanes> other = textures(8, 32, 2, 0);

        SlicedWasserstein.Result same = SlicedWasserstein.distance(real, other, SMALL, 5);
        SlicedWasserstein.Result small = SlicedWasserstein.distance(real, textures(8, 32, 2, 0.05f), SMALL, 5);
        SlicedWasserstein.Result large = SlicedWasserstein.distance(real, textures(8, 32, 2, 0.2f), SMALL, 5);

        assertThat(small.perLevel().get(1)).isGreaterThan(2 * same.perLevel().get(1));
        // shared statistics grow with the shift too, so the normalised distance grows ever more slowly
        assertThat(large.perLevel().get(1)).isGreaterThan(small.perLevel().get(1));
        assertThat(large.average()).isGreaterThan(small.average());
        // the finer Laplacian level does not see a constant shift
        assertThat(large.perLevel().get(0)).isCloseTo(same.perLevel().get(0), within(1e-2 * same.perLevel().get(0)));
    }

    @Test
    void theDistanceIsSymmetricAndFollowsTheSeed() {
        List<ImagePlanes> a = textures(5, 32, 1, 0);
        List<ImagePlanes> b = textures(5, 32, 2, 0.1f);

        SlicedWasserstein.Result ab = SlicedWasserstein.distance(a, b, SMALL, 4);

        assertThat(SlicedWasserstein.distance(b, a, SMALL, 4)).isEqualTo(ab);
        assertThat(SlicedWasserstein.distance(a, b, SMALL, 4)).isEqualTo(ab);
        assertThat(SlicedWasserstein.distance(a, b, SMALL, 8).average()).isNotEqualTo(ab.average());
    }

    @Test
    void karrasLevelsHalveDownToSixteenPixels() {
        assertThat(Settings.KARRAS.levelCount(1024)).isEqualTo(7);
        assertThat(Settings.KARRAS.levelCount(64)).isEqualTo(3);
        assertThat(Settings.KARRAS.levelCount(28)).isEqualTo(1);
        assertThat(Settings.KARRAS).isEqualTo(new Settings(7, 128, 512, 16));
    }

    @Test
    void refusesSetsOfDifferentSizesAndImagesSmallerThanAPatch() {
        assertThatThrownBy(() -> SlicedWasserstein.distance(textures(2, 32, 1, 0), textures(3, 32, 1, 0), SMALL, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlicedWasserstein.distance(textures(2, 6, 1, 0), textures(2, 6, 1, 0), SMALL, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(7, 1, 1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
