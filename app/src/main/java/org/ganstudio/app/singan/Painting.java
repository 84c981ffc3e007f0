package org.ganstudio.app.singan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The picture a person paints for paint-to-image: it starts as the training picture, round brush strokes of one colour
 * go on it, and each stroke can be undone. Used on one thread (the UI thread).
 */
final class Painting {

    static final int UNDO_DEPTH = 40;

    private final BufferedImage ground;
    private BufferedImage picture;
    private final Deque<BufferedImage> undo = new ArrayDeque<>();

    Painting(BufferedImage ground) {
        this.ground = SinganImages.copy(ground);
        this.picture = SinganImages.copy(ground);
    }

    /** Starts a stroke: what is painted until the next start is undone as one. */
    void beginStroke() {
        undo.push(SinganImages.copy(picture));
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
    }

    /** A round-ended line of {@code size} px from (x0, y0) to (x1, y1), in picture pixels. */
    void line(double x0, double y0, double x1, double y1, Color colour, double size) {
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(colour);
        g.setStroke(new BasicStroke((float) size, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(x0, y0, x1, y1));
        g.dispose();
    }

    boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        picture = undo.pop();
        return true;
    }

    /** A blank page of one colour, to paint a layout on from scratch (undoable). */
    void fill(Color colour) {
        beginStroke();
        Graphics2D g = picture.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        g.dispose();
    }

    /** Back to the training picture (itself undoable). */
    void clear() {
        beginStroke();
        picture = SinganImages.copy(ground);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    /** True while nothing differs from the training picture. */
    boolean isUntouched() {
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (picture.getRGB(x, y) != ground.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A copy of the painting now. */
    BufferedImage snapshot() {
        return SinganImages.copy(picture);
    }

    /** The colour of the training picture at (x, y), for the eyedropper. */
    Color groundColour(int x, int y) {
        int cx = Math.max(0, Math.min(ground.getWidth() - 1, x));
        int cy = Math.max(0, Math.min(ground.getHeight() - 1, y));
        return new Color(ground.getRGB(cx, cy));
    }

    int width() {
        return picture.getWidth();
    }

    int height() {
        return picture.getHeight();
    }
}
