package org.ganstudio.app.sketch;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The drawing, held at the model's resolution as black ink on white (one grey byte per pixel), with undo and
 * redo per stroke. Coordinates are in model pixels; (0.5, 0.5) is the centre of the top-left pixel. A stroke
 * stamps a round brush along a Bresenham line, so a 1-pixel pen draws the 1-pixel lines of training edges. Not
 * thread-safe: the UI thread owns it and hands copies to the model.
 */
final class Sketch {

    static final int MAX_HISTORY = 200;

    private BufferedImage image;
    private final Deque<byte[]> undo = new ArrayDeque<>();
    private final Deque<byte[]> redo = new ArrayDeque<>();
    private Brush brush;
    private byte ink;
    private int lastX;
    private int lastY;
    // the stroke's path so far, for taking out L-shaped corners of 1-pixel lines
    private byte[] beforeStroke;
    private int[] timesPainted;
    private int pathLength;
    private int prevX;
    private int prevY;
    private int prev2X;
    private int prev2Y;

    Sketch(int side) {
        image = blank(side);
    }

    int side() {
        return image.getWidth();
    }

    /** Starts a stroke (undoable as one step) and paints its first dot. */
    void beginStroke(Tool tool, int width, double x, double y) {
        endStroke();
        remember();
        brush = Brush.of(width);
        ink = (byte) tool.grey();
        beforeStroke = undo.peek();
        timesPainted = new int[side() * side()];
        pathLength = 0;
        lastX = (int) Math.floor(x);
        lastY = (int) Math.floor(y);
        segment(lastX, lastY);
    }

    /** Continues the stroke to (x, y); ignored when no stroke is going. */
    void strokeTo(double x, double y) {
        if (brush == null) {
            return;
        }
        int x1 = (int) Math.floor(x);
        int y1 = (int) Math.floor(y);
        segment(x1, y1);
        lastX = x1;
        lastY = y1;
    }

    void endStroke() {
        brush = null;
        beforeStroke = null;
        timesPainted = null;
    }

    boolean drawing() {
        return brush != null;
    }

    /** Stamps the brush on every pixel of the Bresenham line from the last point to (x1, y1). */
    private void segment(int x1, int y1) {
        int x = lastX;
        int y = lastY;
        int dx = Math.abs(x1 - x);
        int dy = -Math.abs(y1 - y);
        int sx = x < x1 ? 1 : -1;
        int sy = y < y1 ? 1 : -1;
        int err = dx + dy;
        while (true) {
            plot(x, y);
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /**
     * Adds a pixel to the stroke's path. With a 1-pixel brush, a corner where the path steps sideways and then
     * down (an L of three pixels) loses its middle pixel, so lines stay one pixel thin and 8-connected like
     * thinned training edges, whatever the mouse's steps.
     */
    private void plot(int x, int y) {
        if (pathLength > 0 && x == prevX && y == prevY) {
            return;
        }
        if (brush.size() == 1 && pathLength >= 2 && isCorner(x, y)) {
            unpaint(prevX, prevY);
            prevX = prev2X;
            prevY = prev2Y;
        }
        prev2X = prevX;
        prev2Y = prevY;
        prevX = x;
        prevY = y;
        pathLength++;
        if (x >= 0 && y >= 0 && x < side() && y < side()) {
            timesPainted[y * side() + x]++;
        }
        brush.stamp(pixels(), side(), x, y, ink);
    }

    /** True when prev2, prev, (x, y) make an L: the ends touch diagonally, the middle touches both edge-on. */
    private boolean isCorner(int x, int y) {
        return Math.abs(x - prev2X) == 1 && Math.abs(y - prev2Y) == 1 && (prevX == prev2X || prevY == prev2Y)
                && (prevX == x || prevY == y);
    }

    private void unpaint(int x, int y) {
        if (x < 0 || y < 0 || x >= side() || y >= side()) {
            return;
        }
        int index = y * side() + x;
        if (--timesPainted[index] == 0) {
            pixels()[index] = beforeStroke[index];
        }
    }

    /** Makes the page white; undoable. */
    void clear() {
        replace(blank(side()));
    }

    /** Puts {@code drawing} (grey, this sketch's side) in place of the page; undoable. */
    void replace(BufferedImage drawing) {
        if (drawing.getWidth() != side() || drawing.getHeight() != side()) {
            throw new IllegalArgumentException("a sketch of " + side() + " px was expected");
        }
        endStroke();
        remember();
        image = grey(drawing);
    }

    /**
     * Resamples the page to a new side (nearest neighbour up; averaged and re-inked down, so thin lines stay);
     * the history is forgotten.
     */
    void resize(int side) {
        if (side == side()) {
            return;
        }
        endStroke();
        image = side > side() ? SketchImages.resizeNearest(image, side)
                : SketchImages.ink(SketchImages.fitOnWhite(image, side), SketchImages.INK, false);
        undo.clear();
        redo.clear();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    boolean undo() {
        endStroke();
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(pixels().clone());
        restore(undo.pop());
        return true;
    }

    boolean redo() {
        endStroke();
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(pixels().clone());
        restore(redo.pop());
        return true;
    }

    /** A copy of the page, grey. */
    BufferedImage copy() {
        return grey(image);
    }

    /** A copy as RGB, the form models read. */
    BufferedImage copyRgb() {
        BufferedImage rgb = new BufferedImage(side(), side(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** How many pixels are darker than mid-grey. */
    int inkPixels() {
        int count = 0;
        for (byte b : pixels()) {
            if ((b & 0xff) < 128) {
                count++;
            }
        }
        return count;
    }

    private void remember() {
        undo.push(pixels().clone());
        if (undo.size() > MAX_HISTORY) {
            undo.removeLast();
        }
        redo.clear();
    }

    private void restore(byte[] saved) {
        System.arraycopy(saved, 0, pixels(), 0, saved.length);
    }

    private byte[] pixels() {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    static BufferedImage blank(int side) {
        BufferedImage page = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.dispose();
        return page;
    }

    /** A grey copy of any image. */
    static BufferedImage grey(BufferedImage source) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = copy.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return copy;
    }
}
