package org.ganstudio.engine.singan;

import java.awt.image.BufferedImage;

/** Small synthetic images and configs for the SinGAN tests. */
final class SinganTestImages {

    private SinganTestImages() {}

    /** A 32x24 colour picture: a diagonal gradient with a dark square and a bright bar. */
    static BufferedImage picture() {
        int w = 32;
        int h = 24;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 40 + 6 * x;
                int g = 60 + 7 * y;
                int b = 200 - 3 * x - 2 * y;
                if (x >= 6 && x < 14 && y >= 5 && y < 13) {
                    r = 20;
                    g = 20;
                    b = 30;
                }
                if (y >= 17 && y < 20) {
                    r = 250;
                    g = 230;
                    b = 90;
                }
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    /** Two scales (16x12 and 32x24) of 5-layer networks with 8 feature maps, one update of each kind. */
    static SinganConfig tiny(int iterations) {
        return new SinganConfig(SinganConfig.Schedule.CUSTOM, 3, 12, 32, 0.5, 8, 8, 5, 0.2, true, iterations,
                2e-3, 0.5, 0.999, 0.8, 0.1, 1, 1, 0.1, 10, 0.1);
    }
}
