package org.ganstudio.engine.metrics;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * An image as channel planes of floats in [0, 1], each row-major ({@code width * height} long): one plane
 * for grey, three (R, G, B) for colour. Arrays are used as given, not copied.
 *
 * @param width columns, at least 1
 * @param height rows, at least 1
 * @param channels one array per channel
 */
public record ImagePlanes(int width, int height, float[][] channels) {

    public ImagePlanes {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        if (channels == null || channels.length == 0) {
            throw new IllegalArgumentException("an image needs at least one channel");
        }
        for (float[] plane : channels) {
            if (plane == null || plane.length != width * height) {
                throw new IllegalArgumentException("every channel needs " + width * height + " values for " + width
                        + " x " + height);
            }
        }
    }

    /** A grey image from one plane. */
    public static ImagePlanes grey(int width, int height, float[] plane) {
        return new ImagePlanes(width, height, new float[][] {plane});
    }

    /** True for the image types stored as one grey channel. */
    public static boolean isGrey(BufferedImage image) {
        int type = image.getType();
        return type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_USHORT_GRAY;
    }

    /**
     * The image's pixels as {@code channelCount} planes: 1 gives the grey levels of a grey image, 3 gives R,
     * G, B (a grey image's level repeated). Grey images are read from the raster so no colour conversion
     * shifts their levels; alpha is composited on white.
     *
     * @throws IllegalArgumentException if {@code channelCount} is 1 for a colour image, or neither 1 nor 3
     */
    public static ImagePlanes of(BufferedImage image, int channelCount) {
        if (channelCount != 1 && channelCount != 3) {
            throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB), got " + channelCount);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        float[][] planes = new float[channelCount][w * h];
        if (isGrey(image)) {
            Raster raster = image.getRaster();
            float max = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? 255f : 65535f;
            int[] samples = raster.getSamples(0, 0, w, h, 0, new int[w * h]);
            for (int i = 0; i < samples.length; i++) {
                planes[0][i] = samples[i] / max;
            }
            for (int c = 1; c < channelCount; c++) {
                planes[c] = planes[0].clone();
            }
            return new ImagePlanes(w, h, planes);
        }
        if (channelCount == 1) {
            throw new IllegalArgumentException("a colour image cannot be read as one grey channel here");
        }
        boolean alpha = image.getColorModel().hasAlpha();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) {
            float opacity = alpha ? ((argb[i] >>> 24) & 0xFF) / 255f : 1f;
            for (int c = 0; c < 3; c++) {
                float level = ((argb[i] >> (16 - 8 * c)) & 0xFF) / 255f;
                planes[c][i] = opacity * level + (1f - opacity);
            }
        }
        return new ImagePlanes(w, h, planes);
    }

    /** Number of channels. */
    public int channelCount() {
        return channels.length;
    }

    /** One channel's plane. */
    public float[] channel(int index) {
        return channels[index];
    }
}
