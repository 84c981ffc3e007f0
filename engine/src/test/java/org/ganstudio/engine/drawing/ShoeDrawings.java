package org.ganstudio.engine.drawing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Shoe-like drawings made with Graphics2D: a closed outline and a few inner lines, as a person would draw. */
final class ShoeDrawings {
    private ShoeDrawings() {}

    /** Outline of a low shoe in a 100 x 50 box: sole along the bottom, heel at the left, toe at the right. */
    static final int[] XS = {2, 2, 10, 30, 48, 62, 80, 96, 98, 98};
    static final int[] YS = {48, 12, 6, 8, 14, 22, 28, 34, 40, 48};

    /** A 256 px square drawing: dark strokes of {@code width} px on white, the shoe 220 px wide and centred. */
    static BufferedImage shoe(float width) {
        return shoe(256, 256, width, Color.WHITE, Color.BLACK, 18, 70, 2.2, true);
    }

    /**
     * @param left where the shoe's box starts
     * @param top where it starts
     * @param scale pixels per unit of the 100 x 50 outline
     */
    static BufferedImage shoe(int w, int h, float width, Color paper, Color ink, double left, double top, double scale,
            boolean antialias) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        if (paper != null) {
            g.setColor(paper);
            g.fillRect(0, 0, w, h);
        }
        draw(g, width, ink, left, top, scale, antialias);
        g.dispose();
        return image;
    }

    static void draw(Graphics2D g, float width, Color ink, double left, double top, double scale, boolean antialias) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        AffineTransform saved = g.getTransform();
        g.translate(left, top);
        g.scale(scale, scale);
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) (width / scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Polygon(XS, YS, XS.length));
        g.drawLine(2, 40, 98, 40); // the sole's upper edge
        g.drawLine(30, 8, 40, 26); // laces
        g.drawLine(40, 26, 62, 22);
        g.setTransform(saved);
    }

    /** The inside of the outline in a frame of {@code size} px where the shoe's box spans {@code box}. */
    static Polygon outline(double left, double top, double scale) {
        int[] xs = new int[XS.length];
        int[] ys = new int[YS.length];
        for (int i = 0; i < XS.length; i++) {
            xs[i] = (int) Math.round(left + XS[i] * scale);
            ys[i] = (int) Math.round(top + YS[i] * scale);
        }
        return new Polygon(xs, ys, xs.length);
    }
}
