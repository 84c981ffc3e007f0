package org.ganstudio.engine.cyclegan;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.ganstudio.engine.image.ImageGrid;
import org.ganstudio.engine.image.ImageTensors;

/**
 * CycleGAN's preview, laid out as the paper's figures of both cycles (Zhu et al. 2017, fig. 3): for each fixed pair of
 * images, a row real A | G(A) | F(G(A)) and a row real B | F(B) | G(F(B)), with {@link ImageGrid}'s padding and
 * colour. Grey images are shown grey, so a grey-to-colour model shows each domain as it is.
 */
final class CyclePreview {

    private CyclePreview() {}

    /**
     * @param a n images of A, {@code cA} channels; the other arrays are the translations and reconstructions
     */
    static BufferedImage sheet(CycleganConfig c, int n, float[] a, float[] fakeB, float[] reconstructedA, float[] b,
            float[] fakeA, float[] reconstructedB) {
        int size = c.imageSize();
        int pad = ImageGrid.PADDING;
        int width = 3 * size + 4 * pad;
        int height = 2 * n * size + (2 * n + 1) * pad;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] background = new int[width * height];
        Arrays.fill(background, ImageGrid.PADDING_COLOUR.getRGB() & 0xFFFFFF);
        sheet.setRGB(0, 0, width, height, background, 0, width);
        Graphics2D g = sheet.createGraphics();
        try {
            int cA = c.channelsA();
            int cB = c.channelsB();
            for (int i = 0; i < n; i++) {
                int rowA = pad + 2 * i * (size + pad);
                int rowB = rowA + size + pad;
                g.drawImage(image(a, i, cA, size), pad, rowA, null);
                g.drawImage(image(fakeB, i, cB, size), 2 * pad + size, rowA, null);
                g.drawImage(image(reconstructedA, i, cA, size), 3 * pad + 2 * size, rowA, null);
                g.drawImage(image(b, i, cB, size), pad, rowB, null);
                g.drawImage(image(fakeA, i, cA, size), 2 * pad + size, rowB, null);
                g.drawImage(image(reconstructedB, i, cB, size), 3 * pad + 2 * size, rowB, null);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** Image i of a CHW batch. */
    private static BufferedImage image(float[] batch, int i, int channels, int size) {
        int per = channels * size * size;
        return ImageTensors.fromChw(Arrays.copyOfRange(batch, i * per, (i + 1) * per), channels, size, size);
    }
}
