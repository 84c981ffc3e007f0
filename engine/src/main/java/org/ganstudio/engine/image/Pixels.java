package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Reads and writes 8-bit pixel values of the two image types this package produces. Grey images are
 * accessed through their raster so that no colour-space conversion changes the levels.
 */
final class Pixels {
    private Pixels() {}

    static boolean isGrey(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY;
    }

    /** Luminance (ITU-R BT.601 weights) of an sRGB triple, rounded to 0..255. */
    static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }

    /**
     * The image as planes of 0..255 values: one plane per channel, each {@code height * width} long.
     *
     * @param channels 1 for grey (luminance of colour images), 3 for RGB (grey replicated)
     */
    static int[][] planes(BufferedImage image, int channels) {
        checkChannels(channels);
        int w = image.getWidth();
        int h = image.getHeight();
        int[][] planes = new int[channels][];
        if (isGrey(image)) {
            int[] grey = image.getRaster().getSamples(0, 0, w, h, 0, new int[w * h]);
            for (int c = 0; c < channels; c++) {
                planes[c] = c == 0 ? grey : grey.clone();
            }
            return planes;
        }
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int c = 0; c < channels; c++) {
            planes[c] = new int[w * h];
        }
        for (int i = 0; i < rgb.length; i++) {
            if (channels == 1) {
                planes[0][i] = luminance(rgb[i]);
            } else {
                planes[0][i] = (rgb[i] >> 16) & 0xFF;
                planes[1][i] = (rgb[i] >> 8) & 0xFF;
                planes[2][i] = rgb[i] & 0xFF;
            }
        }
        return planes;
    }

    /** Builds a TYPE_BYTE_GRAY (1 plane) or TYPE_INT_RGB (3 planes) image from 0..255 planes. */
    static BufferedImage fromPlanes(int[][] planes, int width, int height) {
        checkChannels(planes.length);
        if (planes.length == 1) {
            BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster raster = grey.getRaster();
            raster.setSamples(0, 0, width, height, 0, planes[0]);
            return grey;
        }
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] packed = new int[width * height];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (planes[0][i] << 16) | (planes[1][i] << 8) | planes[2][i];
        }
        rgb.setRGB(0, 0, width, height, packed, 0, width);
        return rgb;
    }

    static void checkChannels(int channels) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB), got " + channels);
        }
    }
}
