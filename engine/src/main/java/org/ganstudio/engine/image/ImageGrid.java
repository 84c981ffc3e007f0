package org.ganstudio.engine.image;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * Lays images out in a near-square grid: {@code ceil(sqrt(n))} columns, as many rows as needed,
 * with padding between the tiles and around the edge. Cells take the size of the largest tile; a
 * smaller tile sits in its cell's top-left corner.
 */
public final class ImageGrid {
    /** Default space between tiles, in pixels. */
    public static final int PADDING = 2;
    /** Default colour of the space between tiles: mid grey. */
    public static final Color PADDING_COLOUR = new Color(128, 128, 128);

    private ImageGrid() {}

    /** Columns used for {@code n} images: {@code ceil(sqrt(n))}. */
    public static int columnsFor(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a grid needs at least one image, got " + n);
        }
        return (int) Math.ceil(Math.sqrt(n));
    }

    /** A TYPE_INT_RGB grid with the default padding. */
    public static BufferedImage grid(List<BufferedImage> images) {
        return grid(images, PADDING, PADDING_COLOUR);
    }

    /**
     * A TYPE_INT_RGB grid. Tile k is at column {@code k % cols}, row {@code k / cols}, its top-left
     * pixel at {@code (padding + col * (cellWidth + padding), padding + row * (cellHeight + padding))}.
     */
    public static BufferedImage grid(List<BufferedImage> images, int padding, Color paddingColour) {
        if (padding < 0) {
            throw new IllegalArgumentException("padding must not be negative, got " + padding);
        }
        int cols = columnsFor(images.size());
        int rows = (images.size() + cols - 1) / cols;
        int cellWidth = images.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int cellHeight = images.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        int width = cols * cellWidth + (cols + 1) * padding;
        int height = rows * cellHeight + (rows + 1) * padding;
        BufferedImage grid = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] background = new int[width * height];
        Arrays.fill(background, paddingColour.getRGB() & 0xFFFFFF);
        grid.setRGB(0, 0, width, height, background, 0, width);
        for (int k = 0; k < images.size(); k++) {
            BufferedImage tile = images.get(k);
            int x = padding + (k % cols) * (cellWidth + padding);
            int y = padding + (k / cols) * (cellHeight + padding);
            grid.setRGB(x, y, tile.getWidth(), tile.getHeight(), packedRgb(tile), 0, tile.getWidth());
        }
        return grid;
    }

    private static int[] packedRgb(BufferedImage tile) {
        if (!Pixels.isGrey(tile)) {
            return tile.getRGB(0, 0, tile.getWidth(), tile.getHeight(), null, 0, tile.getWidth());
        }
        int[] grey = Pixels.planes(tile, 1)[0];
        int[] packed = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            packed[i] = (grey[i] << 16) | (grey[i] << 8) | grey[i];
        }
        return packed;
    }
}
