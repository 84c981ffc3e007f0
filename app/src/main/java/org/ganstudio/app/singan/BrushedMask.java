package org.ganstudio.app.singan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * A mask brushed over a pasted object, in the object's own pixels so that it moves and scales with it: the part of
 * a photo without transparency to paste, or a correction of an object's own transparency. Starts from the object's
 * alpha when it has transparency, empty when it has none (then the person brushes the part to keep).
 */
final class BrushedMask {

    /** At or above this, a mask pixel is inside. */
    private static final int INSIDE = 128;

    private final BufferedImage mask;

    private BrushedMask(BufferedImage mask) {
        this.mask = mask;
    }

    static BrushedMask startingFrom(BufferedImage object) {
        BufferedImage mask = new BufferedImage(object.getWidth(), object.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        if (hasTransparency(object)) {
            for (int y = 0; y < object.getHeight(); y++) {
                for (int x = 0; x < object.getWidth(); x++) {
                    int inside = (object.getRGB(x, y) >>> 24) >= INSIDE ? 255 : 0;
                    mask.getRaster().setSample(x, y, 0, inside);
                }
            }
        }
        return new BrushedMask(mask);
    }

    private static boolean hasTransparency(BufferedImage object) {
        for (int y = 0; y < object.getHeight(); y++) {
            for (int x = 0; x < object.getWidth(); x++) {
                if ((object.getRGB(x, y) >>> 24) < INSIDE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Paints a disc at (x, y) of the given radius, in object pixels: into the mask, or out of it. */
    void paint(double x, double y, double radius, boolean keep) {
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(keep ? Color.WHITE : Color.BLACK);
        g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        g.dispose();
    }

    boolean isEmpty() {
        for (int y = 0; y < mask.getHeight(); y++) {
            for (int x = 0; x < mask.getWidth(); x++) {
                if (mask.getRaster().getSample(x, y, 0) >= INSIDE) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The object with its alpha replaced by the mask: opaque inside, {@code outsideAlpha} (0 to 255) outside; 0 for
     * what is pasted and harmonized, a little more to show the left-out part faintly while brushing.
     */
    BufferedImage applyTo(BufferedImage object, int outsideAlpha) {
        BufferedImage out = new BufferedImage(object.getWidth(), object.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < object.getHeight(); y++) {
            for (int x = 0; x < object.getWidth(); x++) {
                int alpha = mask.getRaster().getSample(x, y, 0) >= INSIDE ? 255 : outsideAlpha;
                out.setRGB(x, y, (alpha << 24) | (object.getRGB(x, y) & 0xFFFFFF));
            }
        }
        return out;
    }
}
