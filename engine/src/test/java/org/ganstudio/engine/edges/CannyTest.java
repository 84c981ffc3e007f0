package org.ganstudio.engine.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CannyTest {

    @Test
    void stepBetweenTwoPixelsReadsItsContrastOnItsDarkSideWhateverSigma() {
        for (double sigma : new double[] {1.0, 1.4, 2.5}) {
            GreyImage step = GreyImage.filled(30, 30, 0.2f);
            for (int y = 0; y < 30; y++) {
                for (int x = 15; x < 30; x++) {
                    step.pixels()[y * 30 + x] = 0.8f;
                }
            }

            float[] magnitude = Canny.suppressedMagnitude(step, sigma);

            assertThat(magnitude[15 * 30 + 14]).as("sigma %s, dark side", sigma).isCloseTo(0.6f, within(1e-5f));
            assertThat(magnitude[15 * 30 + 15]).as("sigma %s, bright side", sigma).isZero();
            assertThat(magnitude[15 * 30 + 13]).isZero();
            assertThat(magnitude[15 * 30 + 5]).isZero();
        }
    }

    @Test
    void filledDarkSquareGivesItsOnePixelOutlineAndNothingElse() {
        GreyImage square = square(32, 10, 19, 0f, 1f);

        GreyImage lines = Canny.lines(square, 1.4, 0.1, 0.2);

        assertThat(inkPixels(lines)).isEqualTo(ring(10, 19));
        assertThat(ring(10, 19)).hasSize(36);
    }

    @Test
    void filledLightSquareOnDarkGivesLinesOnlyAlongItsBoundary() {
        GreyImage square = square(32, 10, 19, 1f, 0f);

        Set<String> ink = inkPixels(Canny.lines(square, 1.4, 0.1, 0.2));

        // the tie rule puts lines on the dark side (ring 9..20), but within the blur radius of a corner the
        // inner pixel has the larger vertical (or horizontal) gradient and wins outright, so only the middle
        // of each side is outside; every line pixel is within one pixel of the boundary
        Set<String> band = new HashSet<>(ring(9, 20));
        band.addAll(ring(10, 19));
        assertThat(ink).hasSizeGreaterThanOrEqualTo(36).isSubsetOf(band);
        for (int i = 14; i <= 15; i++) {
            assertThat(ink).as("middle of each side").contains(i + ",9", i + ",20", "9," + i, "20," + i);
        }
    }

    @Test
    void lowContrastSquareBelowTheLowThresholdGivesNoLines() {
        GreyImage faint = square(32, 10, 19, 0.55f, 0.6f);

        assertThat(inkPixels(Canny.lines(faint, 1.4, 0.1, 0.2))).isEmpty();
    }

    @Test
    void hysteresisKeepsWeakPixelsJoinedToAStrongOneAndDropsIsolatedOnes() {
        int w = 10;
        int h = 5;
        float[] magnitude = new float[w * h];
        magnitude[1 * w + 1] = 0.5f; // strong
        magnitude[1 * w + 2] = 0.15f; // weak, beside it
        magnitude[2 * w + 3] = 0.15f; // weak, diagonal to the previous one
        magnitude[2 * w + 4] = 0.12f; // weak, continuing the chain
        magnitude[2 * w + 5] = 0.05f; // below low: never an edge, and it breaks the chain
        magnitude[2 * w + 6] = 0.15f; // weak, only joined through the pixel below low
        magnitude[3 * w + 8] = 0.18f; // weak and alone

        byte[] edges = Canny.hysteresis(magnitude, w, h, 0.1, 0.2);

        Set<Integer> kept = new HashSet<>();
        for (int i = 0; i < edges.length; i++) {
            if (edges[i] != 0) {
                kept.add(i);
            }
        }
        assertThat(kept).containsExactlyInAnyOrder(1 * w + 1, 1 * w + 2, 2 * w + 3, 2 * w + 4);
    }

    @Test
    void pixelAtTheHighThresholdIsStrong() {
        float[] magnitude = {0f, 0.2f, 0f};

        assertThat(Canny.hysteresis(magnitude, 3, 1, 0.1, 0.2)).containsExactly(0, 1, 0);
    }

    /** A size x size image of {@code outside} with the square [from, to] x [from, to] set to {@code inside}. */
    private static GreyImage square(int size, int from, int to, float inside, float outside) {
        GreyImage image = GreyImage.filled(size, size, outside);
        for (int y = from; y <= to; y++) {
            for (int x = from; x <= to; x++) {
                image.pixels()[y * size + x] = inside;
            }
        }
        return image;
    }

    /** The border pixels of the square [from, to] x [from, to], as "x,y". */
    static Set<String> ring(int from, int to) {
        Set<String> ring = new HashSet<>();
        for (int i = from; i <= to; i++) {
            ring.add(i + "," + from);
            ring.add(i + "," + to);
            ring.add(from + "," + i);
            ring.add(to + "," + i);
        }
        return ring;
    }

    /** Every pixel darker than one half, as "x,y". */
    static Set<String> inkPixels(GreyImage image) {
        Set<String> ink = new HashSet<>();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (image.get(x, y) < 0.5f) {
                    ink.add(x + "," + y);
                }
            }
        }
        return ink;
    }
}
