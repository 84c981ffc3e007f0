package org.ganstudio.engine.edges;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * A grey image as floats in [0, 1] (0 black, 1 white), row by row: the pixel at (x, y) is
 * {@code pixels[y * width + x]}. The array is used as given, not copied, so that the steps of an edge
 * pipeline can hand images on without extra allocation; treat it as read-only once shared.
 *
 * @param width columns, at least 1
 * @param height rows, at least 1
 * @param pixels {@code width * height} intensities
 */
public record GreyImage(int width, int height, float[] pixels) {
    /** Rec. 601 luma weights, as in {@code ImageTensors}. */
    private static final float RED = 0.299f;
    private static final float GREEN = 0.587f;
    private static final float BLUE = 0.114f;

    public GreyImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        if (pixels == null || pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels for " + width + " x " + height
                    + ", got " + (pixels == null ? "none" : pixels.length));
        }
    }

    /** An image of one intensity everywhere. */
    public static GreyImage filled(int width, int height, float value) {
        float[] pixels = new float[Math.max(0, width) * Math.max(0, height)];
        Arrays.fill(pixels, value);
        return new GreyImage(width, height, pixels);
    }

    /**
     * The luma of any {@link BufferedImage}: {@code 0.299 R + 0.587 G + 0.114 B} over 255, after compositing
     * any alpha on white. Grey images ({@code TYPE_BYTE_GRAY}, {@code TYPE_USHORT_GRAY}) are read from the
     * raster, because {@code getRGB} would treat their levels as linear light and brighten mid-greys.
     */
    public static GreyImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] out = new float[w * h];
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_USHORT_GRAY) {
            Raster raster = image.getRaster();
            float max = type == BufferedImage.TYPE_BYTE_GRAY ? 255f : 65535f;
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = row[x] / max;
                }
            }
            return new GreyImage(w, h, out);
        }
        boolean alpha = image.getColorModel().hasAlpha();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = luma(row[x], alpha);
            }
        }
        return new GreyImage(w, h, out);
    }

    /** Luma in [0, 1] of one ARGB value; with {@code alpha}, composited on white first. */
    static float luma(int argb, boolean alpha) {
        float luma = (RED * ((argb >> 16) & 0xFF) + GREEN * ((argb >> 8) & 0xFF) + BLUE * (argb & 0xFF)) / 255f;
        if (!alpha) {
            return luma;
        }
        float opacity = ((argb >>> 24) & 0xFF) / 255f;
        return opacity * luma + (1f - opacity);
    }

    /** The intensity at (x, y). */
    public float get(int x, int y) {
        return pixels[y * width + x];
    }

    /** This image as {@code TYPE_BYTE_GRAY}, each value clamped to [0, 1] and rounded to 0..255. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int[] levels = new int[pixels.length];
        for (int i = 0; i < levels.length; i++) {
            float v = pixels[i];
            levels[i] = v >= 1f ? 255 : v > 0f ? Math.round(v * 255f) : 0;
        }
        image.getRaster().setSamples(0, 0, width, height, 0, levels);
        return image;
    }

    /** A new image of the same size with the given pixels. */
    GreyImage withPixels(float[] newPixels) {
        return new GreyImage(width, height, newPixels);
    }
}
