package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageGridTest {
    private static final int GREY_PAD = 0x808080;

    @ParameterizedTest(name = "{0} images -> {1} x {2}")
    @CsvSource({"1, 1, 1", "2, 2, 1", "4, 2, 2", "5, 3, 2", "9, 3, 3", "10, 4, 3", "16, 4, 4"})
    void gridIsNearSquareWithTwoPixelPadding(int n, int cols, int rows) {
        BufferedImage grid = ImageGrid.grid(tiles(n, 8, 6));

        assertThat(ImageGrid.columnsFor(n)).isEqualTo(cols);
        assertThat(grid.getWidth()).isEqualTo(cols * 8 + (cols + 1) * 2);
        assertThat(grid.getHeight()).isEqualTo(rows * 6 + (rows + 1) * 2);
    }

    @Test
    void tileKLandsInColumnKModColsAndRowKDivCols() {
        List<BufferedImage> tiles = tiles(5, 8, 6);

        BufferedImage grid = ImageGrid.grid(tiles);

        for (int k = 0; k < 5; k++) {
            int left = 2 + (k % 3) * 10;
            int top = 2 + (k / 3) * 8;
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 8; x++) {
                    assertThat(grid.getRGB(left + x, top + y) & 0xFFFFFF).as("tile %d at %d,%d", k, x, y)
                            .isEqualTo(tiles.get(k).getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
        assertThat(grid.getRGB(0, 0) & 0xFFFFFF).isEqualTo(GREY_PAD);
        assertThat(grid.getRGB(10, 3) & 0xFFFFFF).as("gap between tile 0 and 1").isEqualTo(GREY_PAD);
        assertThat(grid.getRGB(2, 8) & 0xFFFFFF).as("gap between rows").isEqualTo(GREY_PAD);
        assertThat(grid.getRGB(25, 12) & 0xFFFFFF).as("empty sixth cell").isEqualTo(GREY_PAD);
    }

    @Test
    void greyTilesKeepTheirLevels() {
        BufferedImage grid = ImageGrid.grid(List.of(TestImages.grey(1, 1, 100)));

        assertThat(grid.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0x646464);
    }

    @Test
    void emptyListIsRefused() {
        assertThatThrownBy(() -> ImageGrid.grid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BufferedImage> tiles(int n, int width, int height) {
        List<BufferedImage> tiles = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            tiles.add(TestImages.noise(width, height, 100 + k));
        }
        return tiles;
    }
}
