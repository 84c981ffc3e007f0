package org.ganstudio.engine.latent;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Feature maps as grey pictures: each map scaled from its own minimum (black) to its maximum (white). */
public final class FeatureTiles {

    private FeatureTiles() {}

    /**
     * One map as a size x size grey image. A constant map (a switched-off or dead ReLU map, all zeros, most
     * often) is black.
     *
     * @param values maps laid end to end
     * @param offset where this map starts
     */
    public static BufferedImage tile(float[] values, int offset, int size) {
        int pixels = size * size;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + pixels; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (max > min) {
            double scale = 255.0 / (max - min);
            for (int i = 0; i < pixels; i++) {
                out[i] = (byte) Math.round((values[offset + i] - min) * scale);
            }
        }
        return image;
    }

    /** The mean of one map. */
    public static float mean(float[] values, int offset, int size) {
        double sum = 0;
        for (int i = offset; i < offset + size * size; i++) {
            sum += values[i];
        }
        return (float) (sum / (size * size));
    }
}
