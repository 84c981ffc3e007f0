package org.ganstudio.engine.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZhangSuenThinningTest {

    @Test
    void fivePixelThickBarThinsToItsMiddleRowShortenedByTheEndErosion() {
        // bar: x 5..24 (20 long), y 3..7 (5 thick). Traced by hand through the two sub-iterations: each full
        // iteration peels the bottom and right, then the top and left; after two iterations only row 5
        // remains, from x 7 to x 21, and its end pixels have one neighbour, so they stay.
        GreyImage bar = GreyImage.filled(30, 11, 1f);
        fill(bar, 5, 24, 3, 7);

        GreyImage thin = ZhangSuenThinning.thin(bar);

        Set<String> expected = new HashSet<>();
        for (int x = 7; x <= 21; x++) {
            expected.add(x + ",5");
        }
        assertThat(CannyTest.inkPixels(thin)).isEqualTo(expected).hasSize(15);
    }

    @Test
    void onePixelLinesAndTheirCornersAreLeftAlone() {
        GreyImage lShape = GreyImage.filled(12, 12, 1f);
        fill(lShape, 2, 2, 2, 9);
        fill(lShape, 2, 9, 9, 9);
        Set<String> before = CannyTest.inkPixels(lShape);

        assertThat(CannyTest.inkPixels(ZhangSuenThinning.thin(lShape))).isEqualTo(before);
    }

    @Test
    void thinningKeepsARingClosed() {
        GreyImage ring = GreyImage.filled(20, 20, 1f);
        fill(ring, 4, 15, 4, 15);
        fill(ring, 7, 12, 7, 12, 1f);

        GreyImage thin = ZhangSuenThinning.thin(ring);

        Set<String> ink = CannyTest.inkPixels(thin);
        assertThat(ink).isNotEmpty().hasSizeLessThan(CannyTest.inkPixels(ring).size() / 2);
        assertThat(hasTwoByTwoInk(thin)).as("thin everywhere").isFalse();
        assertThat(backgroundReachableFromBorder(thin, 10, 10)).as("hole still enclosed").isFalse();
    }

    /** Whether some 2 x 2 block is all ink. */
    private static boolean hasTwoByTwoInk(GreyImage image) {
        for (int y = 0; y + 1 < image.height(); y++) {
            for (int x = 0; x + 1 < image.width(); x++) {
                if (image.get(x, y) < 0.5f && image.get(x + 1, y) < 0.5f && image.get(x, y + 1) < 0.5f
                        && image.get(x + 1, y + 1) < 0.5f) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the background pixel (x, y) joins the image border through 4-connected background. */
    private static boolean backgroundReachableFromBorder(GreyImage image, int x, int y) {
        int w = image.width();
        int h = image.height();
        boolean[] seen = new boolean[w * h];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(y * w + x);
        seen[y * w + x] = true;
        while (!queue.isEmpty()) {
            int p = queue.poll();
            int px = p % w;
            int py = p / w;
            if (px == 0 || py == 0 || px == w - 1 || py == h - 1) {
                return true;
            }
            for (int n : new int[] {p - 1, p + 1, p - w, p + w}) {
                if (!seen[n] && image.pixels()[n] >= 0.5f) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
        return false;
    }

    static void fill(GreyImage image, int x0, int x1, int y0, int y1) {
        fill(image, x0, x1, y0, y1, 0f);
    }

    static void fill(GreyImage image, int x0, int x1, int y0, int y1, float value) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                image.pixels()[y * image.width() + x] = value;
            }
        }
    }
}
