package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDatasetTest {

    @Test
    void inMemoryImagesAreFittedAndStoredAsBytesThatCopyBackAsFloats() {
        ImageDataset dataset = ImageDataset.of(List.of("black", "white"),
                List.of(TestImages.filled(6, 3, 0x000000), TestImages.filled(2, 2, 0xFFFFFF)), 1, 2);
        float[] batch = new float[2 * 4];

        dataset.copyBatch(new int[] {1, 0}, batch);

        assertThat(dataset.size()).isEqualTo(2);
        assertThat(dataset.names()).containsExactly("black", "white");
        assertThat(dataset.skipped()).isEmpty();
        assertThat(batch).containsExactly(new float[] {1, 1, 1, 1, -1, -1, -1, -1}, within(0f));
    }

    @Test
    void imageGivesThePictureBack() {
        ImageDataset dataset = ImageDataset.of(List.of("noise"), List.of(TestImages.noise(3, 3, 9)), 3, 3);

        int[] expected = TestImages.rgbPixels(TestImages.noise(3, 3, 9));
        assertThat(TestImages.rgbPixels(dataset.image(0))).containsExactly(expected);
    }

    @Test
    void tooSmallDestinationIsRefused() {
        ImageDataset dataset = ImageDataset.of(List.of("a"), List.of(TestImages.filled(2, 2, 0)), 3, 2);

        assertThatThrownBy(() -> dataset.copyBatch(new int[] {0, 0}, new float[12]))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("2 images need 24");
    }

    @Test
    void indexOutsideTheDatasetIsRefused() {
        ImageDataset dataset = ImageDataset.of(List.of("a"), List.of(TestImages.filled(2, 2, 0)), 3, 2);

        assertThatThrownBy(() -> dataset.copyBatch(new int[] {1}, new float[12]))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
