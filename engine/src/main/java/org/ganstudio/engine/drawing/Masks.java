package org.ganstudio.engine.drawing;

/**
 * Operations on ink masks (one byte per pixel, row by row: 1 ink, 0 paper). Dilation and erosion use a square
 * (or rectangle) and run in time proportional to the area whatever its size, through running counts.
 */
final class Masks {
    private Masks() {}

    /** An inclusive box of pixels. */
    record Box(int x0, int y0, int x1, int y1) {
        int width() {
            return x1 - x0 + 1;
        }

        int height() {
            return y1 - y0 + 1;
        }
    }

    /** The bounding box of the ink, or null when there is none. */
    static Box bounds(byte[] mask, int w, int h) {
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (mask[y * w + x] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Box(x0, y0, x1, y1);
    }

    static int count(byte[] mask) {
        int n = 0;
        for (byte b : mask) {
            n += b;
        }
        return n;
    }

    /** The part of a mask inside a box, as a new mask of the box's size. */
    static byte[] crop(byte[] mask, int w, Box box) {
        byte[] out = new byte[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(mask, (box.y0() + y) * w + box.x0(), out, y * box.width(), box.width());
        }
        return out;
    }

    /** Each ink pixel grown by {@code before} pixels to the left and up and {@code after} to the right and down. */
    static byte[] dilate(byte[] mask, int w, int h, int before, int after) {
        byte[] rows = new byte[mask.length];
        int[] line = new int[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                line[x] = mask[y * w + x];
            }
            window(line, w, after, before, false, rows, y * w, 1);
        }
        byte[] out = new byte[mask.length];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                line[y] = rows[y * w + x];
            }
            window(line, h, after, before, false, out, x, w);
        }
        return out;
    }

    /** Ink only where the whole (2r+1)² square around a pixel is ink; beyond the border counts as paper. */
    static byte[] erode(byte[] mask, int w, int h, int r) {
        byte[] rows = new byte[mask.length];
        int[] line = new int[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                line[x] = mask[y * w + x];
            }
            window(line, w, r, r, true, rows, y * w, 1);
        }
        byte[] out = new byte[mask.length];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                line[y] = rows[y * w + x];
            }
            window(line, h, r, r, true, out, x, w);
        }
        return out;
    }

    /**
     * For each i of a line, whether any (or, with {@code all}, every) value in [i - ahead, i + behind] is set;
     * written to {@code out[offset + i * stride]}.
     */
    private static void window(int[] line, int n, int ahead, int behind, boolean all, byte[] out, int offset,
            int stride) {
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + line[i];
        }
        for (int i = 0; i < n; i++) {
            int from = i - ahead;
            int to = i + behind;
            int sum = prefix[Math.min(n, to + 1)] - prefix[Math.max(0, from)];
            boolean set = all ? from >= 0 && to < n && sum == to - from + 1 : sum > 0;
            out[offset + i * stride] = set ? (byte) 1 : 0;
        }
    }

    /** The mask as floats, 1 for ink and 0 for paper. */
    static float[] toFloats(byte[] mask) {
        float[] out = new float[mask.length];
        for (int i = 0; i < mask.length; i++) {
            out[i] = mask[i];
        }
        return out;
    }
}
