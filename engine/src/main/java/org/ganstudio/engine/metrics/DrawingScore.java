package org.ganstudio.engine.metrics;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;

/**
 * How well a translation fills a drawing's outline, without any pretrained network: the drawing's closed
 * region is found from its lines alone, and the output should be dark inside it (the shoe) and white outside
 * (the background), as the edges-to-shoes models draw a dark object on white.
 *
 * <p>The region: ink is every pixel on the far side of mid-grey from the background (the border's median
 * decides whether the lines are dark or light); the ink is dilated by {@code closeRadius} pixels (a square) to
 * close small gaps; the background is flood-filled (4-connected) from the border through what is not dilated
 * ink, then dilated back by the same radius; the inside is what is neither background nor ink. An outline
 * that leaves less than {@link #MIN_INSIDE_SHARE} of the image inside counts as open, and then no fill is
 * scored.
 *
 * @param insideShare share of the image's pixels inside the outline, in [0, 1]
 * @param closed whether the outline encloses at least {@link #MIN_INSIDE_SHARE} of the image
 * @param insideDarkness mean of 1 − intensity of the output inside the outline; NaN when open
 * @param outsideWhiteness mean intensity of the output outside the outline (lines excluded); NaN when there is
 *     no outside
 * @param shoeFill insideDarkness × outsideWhiteness, in [0, 1]: 1 for a black shoe on a white background, 0 for a
 *     blank, or an all-dark output, 0.25 for flat mid-grey; NaN when open
 */
public record DrawingScore(double insideShare, boolean closed, double insideDarkness, double outsideWhiteness,
        double shoeFill) {

    /** Below this share of the image inside its lines, an outline counts as open. */
    public static final double MIN_INSIDE_SHARE = 0.01;

    /**
     * Scores {@code output} against {@code drawing}, both the same size: the drawing as the model saw it and
     * what the model made of it. The gap-closing radius is one pixel per 48 of the image's side, at least one.
     *
     * @throws IllegalArgumentException if the sizes differ
     */
    public static DrawingScore of(BufferedImage drawing, BufferedImage output) {
        return of(drawing, output, Math.max(1, Math.min(drawing.getWidth(), drawing.getHeight()) / 48));
    }

    /** As {@link #of(BufferedImage, BufferedImage)} with a chosen gap-closing radius (0 closes nothing). */
    public static DrawingScore of(BufferedImage drawing, BufferedImage output, int closeRadius) {
        int w = drawing.getWidth();
        int h = drawing.getHeight();
        if (output.getWidth() != w || output.getHeight() != h) {
            throw new IllegalArgumentException("the drawing is " + w + " x " + h + " but the output is "
                    + output.getWidth() + " x " + output.getHeight());
        }
        boolean[] ink = ink(intensity(drawing), w, h);
        boolean[] background = dilate(floodFromBorder(dilate(ink, w, h, closeRadius), w, h), w, h, closeRadius);
        float[] out = intensity(output);
        double dark = 0;
        double white = 0;
        int inside = 0;
        int outside = 0;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i]) {
                continue;
            }
            if (background[i]) {
                white += out[i];
                outside++;
            } else {
                dark += 1 - out[i];
                inside++;
            }
        }
        double share = inside / (double) ink.length;
        boolean closed = share >= MIN_INSIDE_SHARE;
        double darkness = closed ? dark / inside : Double.NaN;
        double whiteness = outside > 0 ? white / outside : Double.NaN;
        double fill = closed ? darkness * (outside > 0 ? whiteness : 1) : Double.NaN;
        return new DrawingScore(share, closed, darkness, whiteness, fill);
    }

    /** Intensity in [0, 1] per pixel, the mean of R, G and B (alpha composited on white). */
    static float[] intensity(BufferedImage image) {
        boolean grey = ImagePlanes.isGrey(image);
        float[][] planes = ImagePlanes.of(image, grey ? 1 : 3).channels();
        if (grey) {
            return planes[0];
        }
        float[] mean = new float[planes[0].length];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = (planes[0][i] + planes[1][i] + planes[2][i]) / 3f;
        }
        return mean;
    }

    /** The lines: pixels on the other side of 0.5 from the border's median intensity. */
    private static boolean[] ink(float[] level, int w, int h) {
        float[] border = new float[2 * (w + h)];
        int n = 0;
        for (int x = 0; x < w; x++) {
            border[n++] = level[x];
            border[n++] = level[(h - 1) * w + x];
        }
        for (int y = 0; y < h; y++) {
            border[n++] = level[y * w];
            border[n++] = level[y * w + w - 1];
        }
        java.util.Arrays.sort(border, 0, n);
        boolean darkLines = border[n / 2] >= 0.5f;
        boolean[] ink = new boolean[level.length];
        for (int i = 0; i < level.length; i++) {
            ink[i] = darkLines ? level[i] < 0.5f : level[i] >= 0.5f;
        }
        return ink;
    }

    /** Every pixel within {@code radius} (Chebyshev distance) of a set pixel. */
    private static boolean[] dilate(boolean[] mask, int w, int h, int radius) {
        if (radius <= 0) {
            return mask.clone();
        }
        boolean[] rows = new boolean[mask.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int d = -radius; d <= radius && !rows[y * w + x]; d++) {
                    int xx = x + d;
                    rows[y * w + x] = xx >= 0 && xx < w && mask[y * w + xx];
                }
            }
        }
        boolean[] result = new boolean[mask.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int d = -radius; d <= radius && !result[y * w + x]; d++) {
                    int yy = y + d;
                    result[y * w + x] = yy >= 0 && yy < h && rows[yy * w + x];
                }
            }
        }
        return result;
    }

    /** The pixels reachable (4-connected) from the border without crossing a wall pixel. */
    private static boolean[] floodFromBorder(boolean[] wall, int w, int h) {
        boolean[] reached = new boolean[wall.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && !wall[i]) {
                    reached[i] = true;
                    queue.add(i);
                }
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % w;
            int y = i / w;
            int[] next = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1};
            for (int j : next) {
                if (j >= 0 && !wall[j] && !reached[j]) {
                    reached[j] = true;
                    queue.add(j);
                }
            }
        }
        return reached;
    }
}
