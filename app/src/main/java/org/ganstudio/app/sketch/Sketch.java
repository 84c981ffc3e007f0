package org.ganstudio.app.sketch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The drawing at screen resolution ({@link #SIDE} px square): grey ink on white paper, one byte per pixel, with
 * undo and redo per stroke (a copy of the page per step, at most {@link #MAX_HISTORY}). A stroke is the mouse's
 * points joined by quadratic curves through their midpoints, drawn anti-aliased with round caps and joins; while
 * it grows, the page before the stroke is restored and the whole stroke drawn again, so overlapping segments
 * never darken the joints. Not thread-safe: the UI thread owns it and hands copies to the model.
 */
final class Sketch {

    /** Side of the drawing in pixels, independent of any model's input size. */
    static final int SIDE = 512;
    static final int MAX_HISTORY = 100;

    private final BufferedImage image = blank(SIDE);
    private final Deque<byte[]> undo = new ArrayDeque<>();
    private final Deque<byte[]> redo = new ArrayDeque<>();
    private final List<double[]> points = new ArrayList<>();
    private byte[] beforeStroke;
    private BasicStroke pen;
    private Color colour;

    int side() {
        return SIDE;
    }

    /** Starts a stroke (undoable as one step) of {@code width} px and paints its first dot. */
    void beginStroke(Tool tool, double width, double x, double y) {
        endStroke();
        remember();
        beforeStroke = pixels().clone();
        pen = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        colour = tool == Tool.ERASER ? Color.WHITE : Color.BLACK;
        points.clear();
        points.add(new double[] {x, y});
        render();
    }

    /** Continues the stroke to (x, y); ignored when no stroke is going or the pointer moved under half a pixel. */
    void strokeTo(double x, double y) {
        if (pen == null) {
            return;
        }
        double[] last = points.get(points.size() - 1);
        if (Math.hypot(x - last[0], y - last[1]) < 0.5) {
            return;
        }
        points.add(new double[] {x, y});
        render();
    }

    void endStroke() {
        pen = null;
        beforeStroke = null;
        points.clear();
    }

    boolean drawing() {
        return pen != null;
    }

    private void render() {
        System.arraycopy(beforeStroke, 0, pixels(), 0, beforeStroke.length);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(colour);
        double[] first = points.get(0);
        if (points.size() == 1) {
            double w = pen.getLineWidth();
            g.fill(new Ellipse2D.Double(first[0] - w / 2, first[1] - w / 2, w, w));
        } else {
            g.setStroke(pen);
            g.draw(path());
        }
        g.dispose();
    }

    /** The points joined by quadratic curves: each point is a control point, the midpoints are on the curve. */
    private Path2D path() {
        Path2D.Double path = new Path2D.Double();
        double[] first = points.get(0);
        path.moveTo(first[0], first[1]);
        for (int i = 1; i < points.size() - 1; i++) {
            double[] p = points.get(i);
            double[] next = points.get(i + 1);
            path.quadTo(p[0], p[1], (p[0] + next[0]) / 2, (p[1] + next[1]) / 2);
        }
        double[] last = points.get(points.size() - 1);
        path.lineTo(last[0], last[1]);
        return path;
    }

    /** Makes the page white; undoable. */
    void clear() {
        replace(blank(SIDE));
    }

    /** Puts {@code drawing} ({@link #SIDE} px square, any type) in place of the page; undoable. */
    void replace(BufferedImage drawing) {
        if (drawing.getWidth() != SIDE || drawing.getHeight() != SIDE) {
            throw new IllegalArgumentException("a drawing of " + SIDE + " px was expected");
        }
        endStroke();
        remember();
        byte[] grey = ((DataBufferByte) grey(drawing).getRaster().getDataBuffer()).getData();
        System.arraycopy(grey, 0, pixels(), 0, grey.length);
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
        BufferedImage rgb = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
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
