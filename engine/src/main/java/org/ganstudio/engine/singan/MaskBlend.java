package org.ganstudio.engine.singan;

import java.awt.image.BufferedImage;
import org.ganstudio.engine.image.ImageFitter;

/**
 * The paper's blending of an injected result (editing, harmonization): the mask is dilated and softened so the
 * regenerated region overlaps its surroundings a little and fades into them, then result = mask x generated +
 * (1 - mask) x picture, per pixel. The radius follows the official code (7 px at 250 px), scaled with the picture.
 */
final class MaskBlend {

    private static final double RADIUS_PER_PIXEL = 7.0 / 250;

    private MaskBlend() {}

    /** The blend of {@code generated} into {@code picture} (both the output's size) where {@code mask} is bright. */
    static BufferedImage blend(BufferedImage picture, BufferedImage generated, BufferedImage mask) {
        int w = generated.getWidth();
        int h = generated.getHeight();
        BufferedImage base = picture.getWidth() == w && picture.getHeight() == h ? picture : ImageFitter.resize(picture, w, h);
        float[] weight = soften(weights(mask, w, h), w, h, radius(w, h));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float m = weight[y * w + x];
                int a = base.getRGB(x, y);
                int g = generated.getRGB(x, y);
                int rgb = 0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int c = Math.round(m * ((g >> shift) & 0xFF) + (1 - m) * ((a >> shift) & 0xFF));
                    rgb |= Math.min(255, Math.max(0, c)) << shift;
                }
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }

    static int radius(int width, int height) {
        return Math.max(1, (int) Math.round(Math.max(width, height) * RADIUS_PER_PIXEL));
    }

    /** The mask's brightness in [0, 1] at the output's size. */
    static float[] weights(BufferedImage mask, int w, int h) {
        BufferedImage sized = mask.getWidth() == w && mask.getHeight() == h ? mask : ImageFitter.resize(mask, w, h);
        float[] weight = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = sized.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                weight[y * w + x] = grey / 255f;
            }
        }
        return weight;
    }

    /** Dilated by a square of {@code radius} (a running maximum), then two box blurs of the same radius. */
    static float[] soften(float[] weight, int w, int h, int radius) {
        float[] grown = boxPass(boxPass(weight, w, h, radius, true, true), w, h, radius, false, true);
        float[] blurred = grown;
        for (int pass = 0; pass < 2; pass++) {
            blurred = boxPass(boxPass(blurred, w, h, radius, true, false), w, h, radius, false, false);
        }
        return blurred;
    }

    /** One pass along rows or columns: the maximum or the mean over the window [i - radius, i + radius]. */
    private static float[] boxPass(float[] in, int w, int h, int radius, boolean rows, boolean maximum) {
        float[] out = new float[in.length];
        int lines = rows ? h : w;
        int length = rows ? w : h;
        for (int line = 0; line < lines; line++) {
            for (int i = 0; i < length; i++) {
                float acc = 0;
                int count = 0;
                for (int j = Math.max(0, i - radius); j <= Math.min(length - 1, i + radius); j++) {
                    float v = rows ? in[line * w + j] : in[j * w + line];
                    acc = maximum ? Math.max(acc, v) : acc + v;
                    count++;
                }
                out[rows ? line * w + i : i * w + line] = maximum ? acc : acc / count;
            }
        }
        return out;
    }
}
