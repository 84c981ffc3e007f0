package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EdgeAugmentationTest {

    private static final int SIZE = 32;
    private static final EdgeAugmentation NOTHING = new EdgeAugmentation(1, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** A square outline from (8, 8) to (23, 23) with a horizontal inner line at y = 16 from x = 11 to 20. */
    private static byte[] squareWithInnerLine() {
        byte[] ink = new byte[SIZE * SIZE];
        for (int k = 8; k <= 23; k++) {
            ink[8 * SIZE + k] = 1;
            ink[23 * SIZE + k] = 1;
            ink[k * SIZE + 8] = 1;
            ink[k * SIZE + 23] = 1;
        }
        for (int x = 11; x <= 20; x++) {
            ink[16 * SIZE + x] = 1;
        }
        return ink;
    }

    @Test
    void theOuterContourIsKeptAndAnInnerLineDroppedWhenNothingInnerIsKept() {
        byte[] ink = squareWithInnerLine();
        byte[] outline = EdgeAugmentation.keepOuterContour(ink, SIZE, 0, new SplittableRandom(1));
        assertThat(EdgeAugmentation.count(outline)).isEqualTo(4 * 15);
        assertThat(outline[16 * SIZE + 15]).isZero();
        assertThat(outline[8 * SIZE + 15]).isEqualTo((byte) 1);
        byte[] all = EdgeAugmentation.keepOuterContour(ink, SIZE, 1, new SplittableRandom(1));
        assertThat(all).isEqualTo(ink);
    }

    @Test
    void anOpenDrawingIsAllContour() {
        byte[] ink = new byte[SIZE * SIZE];
        for (int x = 4; x < 28; x++) {
            ink[10 * SIZE + x] = 1;
        }
        assertThat(EdgeAugmentation.keepOuterContour(ink, SIZE, 0, new SplittableRandom(3))).isEqualTo(ink);
    }

    @Test
    void aDisplacementMovesInkNoFurtherThanItsAmplitude() {
        byte[] ink = squareWithInnerLine();
        for (int seed = 0; seed < 20; seed++) {
            byte[] moved = EdgeAugmentation.displace(ink, SIZE, 1.5, new SplittableRandom(seed));
            for (int i = 0; i < moved.length; i++) {
                if (moved[i] != 0) {
                    assertThat(distanceToInk(ink, i)).as("seed %d pixel %d", seed, i).isLessThanOrEqualTo(2);
                }
            }
            assertThat(EdgeAugmentation.count(moved)).isBetween(EdgeAugmentation.count(ink) * 7 / 10,
                    EdgeAugmentation.count(ink) * 13 / 10);
        }
        assertThat(EdgeAugmentation.displace(ink, SIZE, 0, new SplittableRandom(5))).isEqualTo(ink);
    }

    @Test
    void gapsOnlyRemoveInkAndSpecksOnlyAddIt() {
        byte[] ink = squareWithInnerLine();
        byte[] gapped = ink.clone();
        EdgeAugmentation.cutGaps(gapped, SIZE, 3, new SplittableRandom(2));
        assertThat(EdgeAugmentation.count(gapped)).isLessThan(EdgeAugmentation.count(ink));
        byte[] specked = ink.clone();
        EdgeAugmentation.addSpecks(specked, SIZE, 3, new SplittableRandom(2));
        assertThat(EdgeAugmentation.count(specked)).isGreaterThan(EdgeAugmentation.count(ink));
        for (int i = 0; i < ink.length; i++) {
            assertThat(gapped[i]).isLessThanOrEqualTo(ink[i]);
            assertThat(specked[i]).isGreaterThanOrEqualTo(ink[i]);
        }
    }

    @Test
    void thickeningMakesAOnePixelLineThreePixelsWide() {
        byte[] ink = new byte[SIZE * SIZE];
        for (int x = 5; x < 25; x++) {
            ink[10 * SIZE + x] = 1;
        }
        byte[] thick = EdgeAugmentation.dilate(ink, SIZE);
        assertThat(thick[9 * SIZE + 15]).isEqualTo((byte) 1);
        assertThat(thick[11 * SIZE + 15]).isEqualTo((byte) 1);
        assertThat(thick[12 * SIZE + 15]).isZero();
        assertThat(EdgeAugmentation.count(thick)).isEqualTo(20 * 3 + 2);
    }

    @Test
    void theSameRandomGivesTheSameAugmentationAndNothingLeavesTheMapAsItIs() {
        byte[] ink = squareWithInnerLine();
        EdgeAugmentation recipe = EdgeAugmentation.drawings();
        assertThat(recipe.augment(ink, SIZE, new SplittableRandom(9))).isEqualTo(recipe.augment(ink, SIZE, new SplittableRandom(9)));
        assertThat(NOTHING.augment(ink, SIZE, new SplittableRandom(9))).isEqualTo(ink);
    }

    @Test
    void theRecipeVariesTheMapsButNeverEmptiesOne() {
        byte[] ink = squareWithInnerLine();
        EdgeAugmentation recipe = EdgeAugmentation.drawings();
        SplittableRandom random = new SplittableRandom(4);
        int changed = 0;
        for (int k = 0; k < 200; k++) {
            byte[] out = recipe.augment(ink, SIZE, random);
            assertThat(EdgeAugmentation.count(out)).isPositive();
            if (!java.util.Arrays.equals(out, ink)) {
                changed++;
            }
        }
        assertThat(changed).as("maps changed out of 200").isBetween(100, 199);
    }

    @Test
    void onlyTheGreyInputPlanesOfABatchChange() {
        int plane = SIZE * SIZE;
        int channels = 2;
        float[] batch = new float[2 * channels * plane];
        byte[] ink = squareWithInnerLine();
        for (int n = 0; n < 2; n++) {
            for (int i = 0; i < plane; i++) {
                batch[n * channels * plane + i] = ink[i] != 0 ? -1f : 1f;
                batch[n * channels * plane + plane + i] = 0.25f;
            }
        }
        float[] before = batch.clone();
        new EdgeAugmentation(1, 1, 0, 0, 0, 0, 0, 0, 0, 0).augmentInputs(batch, 2, channels, 1, SIZE, new SplittableRandom(1));
        for (int n = 0; n < 2; n++) {
            int offset = n * channels * plane;
            assertThat(batch[offset + 16 * SIZE + 15]).as("inner line dropped").isEqualTo(1f);
            assertThat(batch[offset + 8 * SIZE + 15]).as("contour kept").isEqualTo(-1f);
            for (int i = 0; i < plane; i++) {
                assertThat(batch[offset + plane + i]).isEqualTo(before[offset + plane + i]);
            }
        }
        float[] colour = before.clone();
        new EdgeAugmentation(1, 1, 0, 0, 0, 0, 0, 0, 0, 0).augmentInputs(colour, 1, 2, 3, SIZE, new SplittableRandom(1));
        assertThat(colour).isEqualTo(before);
    }

    @Test
    void anotherEdgeMethodDrawsThinLinesOfTheTargetInsteadOfTheEdgeMap() {
        int plane = SIZE * SIZE;
        int c = SIZE / 2;
        int r = SIZE / 4;
        float[] pair = new float[2 * plane];
        java.util.Arrays.fill(pair, 0, plane, 1f); // an empty edge map
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int d2 = (x - c) * (x - c) + (y - c) * (y - c);
                pair[plane + y * SIZE + x] = d2 <= r * r ? -1f : 1f; // a dark disc on white
            }
        }
        float[] target = java.util.Arrays.copyOfRange(pair, plane, 2 * plane);
        EdgeAugmentation other = new EdgeAugmentation(1, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 12; k++) {
            float[] batch = pair.clone();
            other.augmentInputs(batch, 1, 2, 1, SIZE, random);
            int ink = 0;
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    if (batch[y * SIZE + x] < 0) {
                        ink++;
                        assertThat(Math.hypot(x - c, y - c)).as("ink at (%d, %d) lies on the disc", x, y).isLessThan(r + 2.5);
                    }
                }
            }
            assertThat(ink).as("lines, not a filled disc").isBetween(12, (int) (Math.PI * r * r / 2));
            assertThat(java.util.Arrays.copyOfRange(batch, plane, 2 * plane)).isEqualTo(target);
        }
    }

    @Test
    void samplesOutsideTheShareKeepTheirEdgeMaps() {
        int plane = SIZE * SIZE;
        byte[] ink = squareWithInnerLine();
        float[] batch = new float[8 * 2 * plane];
        for (int n = 0; n < 8; n++) {
            for (int i = 0; i < plane; i++) {
                batch[n * 2 * plane + i] = ink[i] != 0 ? -1f : 1f;
            }
        }
        float[] before = batch.clone();
        new EdgeAugmentation(0, 1, 0, 0, 0, 0, 0, 0, 0, 0).augmentInputs(batch, 8, 2, 1, SIZE, new SplittableRandom(2));
        assertThat(batch).as("share 0: nothing changes").isEqualTo(before);
        new EdgeAugmentation(0.5, 1, 0, 0, 0, 0, 0, 0, 0, 0).augmentInputs(batch, 8, 2, 1, SIZE, new SplittableRandom(2));
        int changed = 0;
        for (int n = 0; n < 8; n++) {
            if (!java.util.Arrays.equals(batch, n * 2 * plane, n * 2 * plane + plane, before, n * 2 * plane, n * 2 * plane + plane)) {
                changed++;
            }
        }
        assertThat(changed).as("outline-only maps out of 8 at share 0.5").isBetween(1, 7);
    }

    @Test
    void chancesOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> new EdgeAugmentation(1, 1.5, 0, 0, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EdgeAugmentation(1, 0, 0, 0, Double.NaN, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EdgeAugmentation(1, 0, 0, 0, 0, 9, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int distanceToInk(byte[] ink, int i) {
        int x = i % SIZE;
        int y = i / SIZE;
        int best = Integer.MAX_VALUE;
        for (int j = 0; j < ink.length; j++) {
            if (ink[j] != 0) {
                best = Math.min(best, Math.max(Math.abs(j % SIZE - x), Math.abs(j / SIZE - y)));
            }
        }
        return best;
    }
}
