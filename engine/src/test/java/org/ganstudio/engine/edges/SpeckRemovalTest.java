package org.ganstudio.engine.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeckRemovalTest {

    private static GreyImage blobs() {
        GreyImage image = GreyImage.filled(20, 10, 1f);
        // 3 pixels, an L
        set(image, 1, 1);
        set(image, 1, 2);
        set(image, 2, 2);
        // 4 pixels, a 2 x 2 block
        set(image, 5, 5);
        set(image, 6, 5);
        set(image, 5, 6);
        set(image, 6, 6);
        // 5 pixels joined only through corners: one blob in 8-connectivity
        for (int i = 0; i < 5; i++) {
            set(image, 10 + i, 1 + i);
        }
        // 6 pixels, a row touching the right border
        for (int x = 14; x < 20; x++) {
            set(image, x, 9);
        }
        return image;
    }

    @Test
    void removesBlobsSmallerThanTheLimitAndKeepsTheRestExactly() {
        GreyImage cleaned = SpeckRemoval.removeSpecks(blobs(), 5);

        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            expected.add((10 + i) + "," + (1 + i));
        }
        for (int x = 14; x < 20; x++) {
            expected.add(x + ",9");
        }
        assertThat(CannyTest.inkPixels(cleaned)).isEqualTo(expected);
    }

    @Test
    void limitIsTheSmallestBlobKept() {
        assertThat(CannyTest.inkPixels(SpeckRemoval.removeSpecks(blobs(), 4))).hasSize(4 + 5 + 6);
        assertThat(CannyTest.inkPixels(SpeckRemoval.removeSpecks(blobs(), 7))).isEmpty();
    }

    @Test
    void zeroOrOneKeepsEverything() {
        Set<String> all = CannyTest.inkPixels(blobs());

        assertThat(CannyTest.inkPixels(SpeckRemoval.removeSpecks(blobs(), 0))).isEqualTo(all);
        assertThat(CannyTest.inkPixels(SpeckRemoval.removeSpecks(blobs(), 1))).isEqualTo(all).hasSize(18);
    }

    @Test
    void negativeLimitIsRefused() {
        assertThatThrownBy(() -> SpeckRemoval.removeSpecks(blobs(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void set(GreyImage image, int x, int y) {
        image.pixels()[y * image.width() + x] = 0f;
    }
}
