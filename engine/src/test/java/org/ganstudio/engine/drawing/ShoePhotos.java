package org.ganstudio.engine.drawing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** A stand-in for a product photo: a shaded, noisy shoe on a light ground. */
final class ShoePhotos {
    private ShoePhotos() {}

    static BufferedImage photo(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(236, 236, 232));
        g.fillRect(0, 0, size, size);
        double scale = size * 0.86 / 100;
        double left = size * 0.07;
        double top = size * 0.3;
        Polygon shoe = ShoeDrawings.outline(left, top, scale);
        g.setPaint(new GradientPaint((float) left, (float) top, new Color(90, 60, 40), (float) (left + 100 * scale),
                (float) (top + 50 * scale), new Color(170, 130, 100)));
        g.fillPolygon(shoe);
        g.setColor(new Color(40, 30, 25));
        g.fillRect((int) left, (int) (top + 40 * scale), (int) (96 * scale), (int) (8 * scale));
        g.dispose();
        SplittableRandom random = new SplittableRandom(7);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(-6, 7);
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                image.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
