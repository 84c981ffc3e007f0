package org.ganstudio.engine.drawing;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * How much ink each pixel of a drawing holds, whatever its colours: the background is the median colour of the
 * border, and a pixel's ink is its largest channel difference from that colour, in [0, 1]. So grey, coloured,
 * dark-on-light and light-on-dark strokes all read as ink. A drawing whose border is mostly transparent is read
 * by its opacity instead (ink where opaque); other transparent pixels are first laid on white.
 *
 * @param width columns
 * @param height rows
 * @param ink per pixel in [0, 1], row by row
 * @param peak the ink level of the strongest strokes (a high percentile of the inked pixels), 0 when none
 * @param background the background's luma in [0, 1] (1 for a transparent background)
 * @param transparent whether ink was read from opacity
 */
record InkReading(int width, int height, float[] ink, float peak, float background, boolean transparent) {

    /** Pixels with less ink than this are paper, whatever the peak. */
    static final float NOISE = 0.1f;
    /** The peak is the level that this share of the inked pixels reaches or exceeds. */
    private static final double PEAK_SHARE = 0.05;

    static InkReading of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = pixels(image);
        boolean transparent = image.getColorModel().hasAlpha() && mostlyTransparentBorder(argb, w, h);
        float[] ink = new float[w * h];
        float background;
        if (transparent) {
            for (int i = 0; i < ink.length; i++) {
                ink[i] = (argb[i] >>> 24) / 255f;
            }
            background = 1f;
        } else {
            for (int i = 0; i < argb.length; i++) {
                argb[i] = onWhite(argb[i]);
            }
            int bg = borderMedian(argb, w, h);
            for (int i = 0; i < ink.length; i++) {
                ink[i] = distance(argb[i], bg) / 255f;
            }
            background = (0.299f * ((bg >> 16) & 0xFF) + 0.587f * ((bg >> 8) & 0xFF) + 0.114f * (bg & 0xFF)) / 255f;
        }
        return new InkReading(w, h, ink, peak(ink), background, transparent);
    }

    /** Whether the ground is darker than mid-grey: the drawing has light lines on dark. */
    boolean inverted() {
        return !transparent && background < 0.5f;
    }

    /** 1 where a pixel holds at least half the peak ink (and more than noise), else 0. */
    byte[] mask() {
        byte[] mask = new byte[ink.length];
        if (peak <= 0) {
            return mask;
        }
        float threshold = Math.max(NOISE, peak / 2);
        for (int i = 0; i < ink.length; i++) {
            mask[i] = ink[i] >= threshold ? (byte) 1 : 0;
        }
        return mask;
    }

    /** Among the inked pixels of a box, the share whose ink is neither faint nor full: grey levels of a photo. */
    double midtoneShare(Masks.Box box) {
        if (peak <= 0) {
            return 0;
        }
        int inked = 0;
        int mid = 0;
        for (int y = box.y0(); y <= box.y1(); y++) {
            for (int x = box.x0(); x <= box.x1(); x++) {
                float v = ink[y * width + x];
                if (v >= NOISE) {
                    inked++;
                    float level = v / peak;
                    if (level >= 0.2f && level <= 0.8f) {
                        mid++;
                    }
                }
            }
        }
        return inked == 0 ? 0 : mid / (double) inked;
    }

    private static int[] pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = new int[w * h];
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_USHORT_GRAY) {
            // the raster's levels, as GreyImage reads them: getRGB would treat them as linear light
            Raster raster = image.getRaster();
            int shift = type == BufferedImage.TYPE_BYTE_GRAY ? 0 : 8;
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    int v = row[x] >> shift;
                    argb[y * w + x] = 0xFF000000 | v << 16 | v << 8 | v;
                }
            }
            return argb;
        }
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, argb, y * w, w);
        }
        return argb;
    }

    private static boolean mostlyTransparentBorder(int[] argb, int w, int h) {
        int clear = 0;
        int[] border = border(w, h);
        for (int i : border) {
            if ((argb[i] >>> 24) < 128) {
                clear++;
            }
        }
        return clear * 2 > border.length;
    }

    private static int onWhite(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        int r = (((argb >> 16) & 0xFF) * a + 255 * (255 - a)) / 255;
        int g = (((argb >> 8) & 0xFF) * a + 255 * (255 - a)) / 255;
        int b = ((argb & 0xFF) * a + 255 * (255 - a)) / 255;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** The per-channel median of the border pixels. */
    private static int borderMedian(int[] argb, int w, int h) {
        int[] border = border(w, h);
        int colour = 0xFF000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            int[] values = new int[border.length];
            for (int i = 0; i < border.length; i++) {
                values[i] = (argb[border[i]] >> shift) & 0xFF;
            }
            Arrays.sort(values);
            colour |= values[values.length / 2] << shift;
        }
        return colour;
    }

    /** Indices of the pixels on the four edges, each once. */
    private static int[] border(int w, int h) {
        int[] out = new int[w * h <= 2 * (w + h) ? w * h : 2 * w + 2 * (h - 2)];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
                    out[n++] = y * w + x;
                }
                if (y > 0 && y < h - 1 && x == 0 && w > 1) {
                    x = w - 2; // jump to the right edge
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int distance(int a, int b) {
        int dr = Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF));
        int dg = Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF));
        int db = Math.abs((a & 0xFF) - (b & 0xFF));
        return Math.max(dr, Math.max(dg, db));
    }

    private static float peak(float[] ink) {
        int[] histogram = new int[256];
        int inked = 0;
        for (float v : ink) {
            if (v >= NOISE) {
                histogram[Math.min(255, Math.round(v * 255))]++;
                inked++;
            }
        }
        if (inked == 0) {
            return 0;
        }
        long wanted = Math.max(1, Math.round(inked * PEAK_SHARE));
        long seen = 0;
        for (int level = 255; level >= 0; level--) {
            seen += histogram[level];
            if (seen >= wanted) {
                return level / 255f;
            }
        }
        return 0;
    }
}
