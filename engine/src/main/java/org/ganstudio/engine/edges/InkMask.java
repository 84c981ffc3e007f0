package org.ganstudio.engine.edges;

/**
 * Conversions between a grey image and a mask of its dark ("ink") pixels, one byte per pixel: 1 where the
 * intensity is below one half, 0 elsewhere. The line-cleaning steps work on such masks.
 */
final class InkMask {
    static final float INK_BELOW = 0.5f;

    private InkMask() {}

    /** 1 for every pixel darker than one half. */
    static byte[] of(GreyImage image) {
        float[] pixels = image.pixels();
        byte[] ink = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            ink[i] = pixels[i] < INK_BELOW ? (byte) 1 : (byte) 0;
        }
        return ink;
    }

    /** Black (0) where the mask is set, white (1) elsewhere. */
    static GreyImage toImage(int width, int height, byte[] ink) {
        float[] pixels = new float[ink.length];
        for (int i = 0; i < ink.length; i++) {
            pixels[i] = ink[i] != 0 ? 0f : 1f;
        }
        return new GreyImage(width, height, pixels);
    }
}
