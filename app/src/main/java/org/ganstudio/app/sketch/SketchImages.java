package org.ganstudio.app.sketch;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Turning loaded images into sketches: fitting to the model's square, telling edges from photos, inking. */
final class SketchImages {

    /** Luminance at or above this counts as paper. */
    static final int PAPER = 230;
    /** Luminance below this counts as ink after an edge map is scaled down (thin lines turn grey). */
    static final int INK = 224;
    /** An edge map is mostly paper; a product photo much less so. */
    static final double EDGE_MAP_MIN_PAPER = 0.6;

    private SketchImages() {}

    /** Luminance (0-255) of a pixel. */
    static int luminance(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return (299 * r + 587 * g + 114 * b) / 1000;
    }

    /** Share of pixels at or above {@code level}. */
    static double shareAtLeast(BufferedImage image, int level) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (luminance(image.getRGB(x, y)) >= level) {
                    count++;
                }
            }
        }
        return (double) count / ((long) image.getWidth() * image.getHeight());
    }

    /** True when the image is mostly white paper, as an edge map or a drawing is. */
    static boolean looksLikeEdges(BufferedImage image) {
        return shareAtLeast(image, PAPER) >= EDGE_MAP_MIN_PAPER;
    }

    /** True when the image is mostly black with few bright pixels: light lines on black. */
    static boolean looksInverted(BufferedImage image) {
        return shareAtLeast(image, 256 - PAPER) < 1 - EDGE_MAP_MIN_PAPER;
    }

    /** Scales {@code source} to fit inside a {@code side}-pixel square, centred on white (RGB). */
    static BufferedImage fitOnWhite(BufferedImage source, int side) {
        double scale = Math.min((double) side / source.getWidth(), (double) side / source.getHeight());
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage scaled = scale(source, w, h);
        BufferedImage square = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.drawImage(scaled, (side - w) / 2, (side - h) / 2, null);
        g.dispose();
        return square;
    }

    /** Bilinear scaling, halving step by step when shrinking a lot so thin lines are averaged, not skipped. */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= width ? w / 2 : width;
            h = h / 2 >= height ? h / 2 : height;
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (w != width || h != height);
        return current;
    }

    /** Black where the image is darker than {@code threshold}, white elsewhere (grey image). */
    static BufferedImage ink(BufferedImage image, int threshold, boolean invert) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int lum = luminance(image.getRGB(x, y));
                boolean dark = invert ? lum > 255 - threshold : lum < threshold;
                out.getRaster().setSample(x, y, 0, dark ? 0 : 255);
            }
        }
        return out;
    }

    /** Smallest side, in pixels, an image needs to be read as a drawing. */
    static final int MIN_SIDE = 8;

    /**
     * A line drawing of any size as a drawing page of {@code side} px: light lines on dark turned round, fitted
     * inside the square on white with smooth scaling, kept grey (anti-aliased lines stay smooth).
     */
    static BufferedImage toDrawing(BufferedImage lines, int side) {
        BufferedImage paper = looksInverted(lines) ? invert(lines) : lines;
        return Sketch.grey(fitOnWhite(paper, side));
    }

    /** Why an image cannot be a drawing (too small to hold one), or null when it can. */
    static String tooSmall(BufferedImage image, String name) {
        if (image.getWidth() >= MIN_SIDE && image.getHeight() >= MIN_SIDE) {
            return null;
        }
        return name + " is " + image.getWidth() + " \u00d7 " + image.getHeight() + " px: too small to hold a drawing (at least "
                + MIN_SIDE + " px a side).";
    }

    static BufferedImage invert(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, ~image.getRGB(x, y) & 0xffffff);
            }
        }
        return out;
    }
}
