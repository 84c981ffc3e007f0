package org.ganstudio.engine.edges;

/**
 * Deletes small dark blobs: every 8-connected component of ink pixels (intensity below one half) with
 * fewer than a given number of pixels becomes white. Larger components are left exactly as they were.
 */
public final class SpeckRemoval {
    private SpeckRemoval() {}

    /**
     * The image as black (0) ink on white (1), without ink components smaller than {@code minPixels}.
     *
     * @param minPixels the smallest component kept; 0 or 1 keeps everything
     */
    public static GreyImage removeSpecks(GreyImage image, int minPixels) {
        byte[] ink = InkMask.of(image);
        removeSpecks(ink, image.width(), image.height(), minPixels);
        return InkMask.toImage(image.width(), image.height(), ink);
    }

    /** Removes small components from an ink mask (1 ink, 0 background) in place. */
    public static void removeSpecks(byte[] ink, int w, int h, int minPixels) {
        if (minPixels < 0) {
            throw new IllegalArgumentException("the smallest speck to keep must be at least 0, got " + minPixels);
        }
        if (minPixels <= 1) {
            return;
        }
        boolean[] seen = new boolean[ink.length];
        int[] component = new int[ink.length];
        for (int start = 0; start < ink.length; start++) {
            if (ink[start] == 0 || seen[start]) {
                continue;
            }
            int size = collectComponent(start, ink, w, h, seen, component);
            if (size < minPixels) {
                for (int c = 0; c < size; c++) {
                    ink[component[c]] = 0;
                }
            }
        }
    }

    /** Fills {@code component} with the pixels 8-connected to {@code start} (breadth first); returns how many. */
    private static int collectComponent(int start, byte[] ink, int w, int h, boolean[] seen, int[] component) {
        int size = 0;
        component[size++] = start;
        seen[start] = true;
        for (int next = 0; next < size; next++) {
            int p = component[next];
            int px = p % w;
            int py = p / w;
            for (int y = Math.max(0, py - 1); y <= Math.min(h - 1, py + 1); y++) {
                for (int x = Math.max(0, px - 1); x <= Math.min(w - 1, px + 1); x++) {
                    int n = y * w + x;
                    if (ink[n] != 0 && !seen[n]) {
                        seen[n] = true;
                        component[size++] = n;
                    }
                }
            }
        }
        return size;
    }
}
