package org.ganstudio.engine.pix2pix;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.ganstudio.engine.image.ImageGrid;
import org.ganstudio.engine.image.ImageTensors;

/**
 * Lays out Pix2Pix previews as the figures of Isola et al. 2017 do: one row per example, input | output | target, with
 * {@link ImageGrid}'s padding and colour. One-channel images are shown as grey (R = G = B), three-channel
 * ones as RGB, so a grey-to-colour model shows a grey input beside a colour output.
 */
final class PreviewSheet {

    private PreviewSheet() {}

    /**
     * @param inputs (n, inC, S, S) values in [-1, 1]
     * @param outputs (n, outC, S, S)
     * @param targets (n, outC, S, S)
     */
    static BufferedImage triplets(float[] inputs, float[] outputs, float[] targets, int n, int inC, int outC, int size) {
        int pad = ImageGrid.PADDING;
        int width = 3 * size + 4 * pad;
        int height = n * size + (n + 1) * pad;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] background = new int[width * height];
        Arrays.fill(background, ImageGrid.PADDING_COLOUR.getRGB() & 0xFFFFFF);
        sheet.setRGB(0, 0, width, height, background, 0, width);
        for (int i = 0; i < n; i++) {
            int y = pad + i * (size + pad);
            sheet.setRGB(pad, y, size, size, packed(inputs, i, inC, size), 0, size);
            sheet.setRGB(2 * pad + size, y, size, size, packed(outputs, i, outC, size), 0, size);
            sheet.setRGB(3 * pad + 2 * size, y, size, size, packed(targets, i, outC, size), 0, size);
        }
        return sheet;
    }

    /** Image i of a CHW batch as packed RGB pixels. */
    private static int[] packed(float[] batch, int i, int channels, int size) {
        int plane = size * size;
        int offset = i * channels * plane;
        int[] rgb = new int[plane];
        for (int p = 0; p < plane; p++) {
            int r = ImageTensors.toLevel(batch[offset + p]);
            int g = channels == 1 ? r : ImageTensors.toLevel(batch[offset + plane + p]);
            int b = channels == 1 ? r : ImageTensors.toLevel(batch[offset + 2 * plane + p]);
            rgb[p] = (r << 16) | (g << 8) | b;
        }
        return rgb;
    }
}
