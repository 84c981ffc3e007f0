package org.ganstudio.engine.edges;

/**
 * Thins dark lines to one pixel: T. Y. Zhang and C. Y. Suen 1984, "A fast parallel algorithm for thinning
 * digital patterns", Communications of the ACM 27(3).
 *
 * <p>Ink pixels (intensity below one half) are peeled in alternating sub-iterations until none changes.
 * With the neighbours named P2 (north) clockwise to P9 (north-west), B the number of ink neighbours and A
 * the number of ink-after-background transitions in the cycle P2, P3, ..., P9, P2, a pixel is removed when
 * {@code 2 <= B <= 6}, {@code A == 1}, and in the first sub-iteration {@code P2 P4 P6 == 0} and
 * {@code P4 P6 P8 == 0}, in the second {@code P2 P4 P8 == 0} and {@code P2 P6 P8 == 0}. Decisions of a
 * sub-iteration are all taken on the image as it was at its start. Pixels beyond the border count as
 * background.
 *
 * <p>As in the paper, a lone 2 x 2 block of ink vanishes entirely; speck removal would drop it anyway.
 * Each sub-iteration examines only border pixels whose neighbourhood changed since they were last found to
 * stay, so the cost follows the number of pixels removed rather than the area times the iterations.
 */
public final class ZhangSuenThinning {
    private ZhangSuenThinning() {}

    /** The image with its dark lines thinned: black (0) skeleton on white (1). */
    public static GreyImage thin(GreyImage image) {
        byte[] ink = InkMask.of(image);
        thin(ink, image.width(), image.height());
        return InkMask.toImage(image.width(), image.height(), ink);
    }

    /** Thins an ink mask (1 ink, 0 background) in place. */
    public static void thin(byte[] ink, int w, int h) {
        Candidates candidates = new Candidates(ink.length);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (ink[i] != 0 && touchesBackground(ink, w, h, x, y)) {
                    candidates.add(i);
                }
            }
        }
        int[] removals = new int[ink.length];
        boolean firstPass = true;
        int quietPasses = 0;
        while (quietPasses < 2) {
            byte passBit = firstPass ? Candidates.FIRST_PASS : Candidates.SECOND_PASS;
            int removed = 0;
            for (int c = 0; c < candidates.count; c++) {
                int i = candidates.pixels[c];
                if ((candidates.settled[i] & passBit) != 0) {
                    continue;
                }
                if (removable(ink, w, h, i % w, i / w, firstPass)) {
                    removals[removed++] = i;
                } else {
                    candidates.settled[i] |= passBit;
                }
            }
            for (int r = 0; r < removed; r++) {
                ink[removals[r]] = 0;
            }
            for (int r = 0; r < removed; r++) {
                unsettleInkNeighbours(removals[r], ink, w, h, candidates);
            }
            candidates.dropRemovedAndSettled(ink);
            quietPasses = removed == 0 ? quietPasses + 1 : 0;
            firstPass = !firstPass;
        }
    }

    /**
     * The ink pixels worth examining: those on the border of the ink whose neighbourhood changed since they
     * were last found not removable in a sub-iteration of each kind. A pixel's removability depends only on
     * its 3 x 3 neighbourhood, so a settled pixel stays unremovable until a neighbour goes.
     */
    private static final class Candidates {
        static final byte FIRST_PASS = 1;
        static final byte SECOND_PASS = 2;
        static final byte SETTLED = FIRST_PASS | SECOND_PASS;
        final int[] pixels;
        final byte[] settled;
        final boolean[] listed;
        int count;

        Candidates(int size) {
            pixels = new int[size];
            settled = new byte[size];
            listed = new boolean[size];
        }

        void add(int i) {
            settled[i] = 0;
            if (!listed[i]) {
                listed[i] = true;
                pixels[count++] = i;
            }
        }

        void dropRemovedAndSettled(byte[] ink) {
            int kept = 0;
            for (int c = 0; c < count; c++) {
                int i = pixels[c];
                if (ink[i] != 0 && settled[i] != SETTLED) {
                    pixels[kept++] = i;
                } else {
                    listed[i] = false;
                }
            }
            count = kept;
        }
    }

    /** The ink neighbours of a removed pixel have a new neighbourhood: examine them again. */
    private static void unsettleInkNeighbours(int removedAt, byte[] ink, int w, int h, Candidates candidates) {
        int px = removedAt % w;
        int py = removedAt / w;
        for (int y = Math.max(0, py - 1); y <= Math.min(h - 1, py + 1); y++) {
            for (int x = Math.max(0, px - 1); x <= Math.min(w - 1, px + 1); x++) {
                int n = y * w + x;
                if (ink[n] != 0) {
                    candidates.add(n);
                }
            }
        }
    }

    private static boolean touchesBackground(byte[] ink, int w, int h, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx != 0 || dy != 0) && at(ink, w, h, x + dx, y + dy) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean removable(byte[] ink, int w, int h, int x, int y, boolean firstPass) {
        int p2 = at(ink, w, h, x, y - 1);
        int p3 = at(ink, w, h, x + 1, y - 1);
        int p4 = at(ink, w, h, x + 1, y);
        int p5 = at(ink, w, h, x + 1, y + 1);
        int p6 = at(ink, w, h, x, y + 1);
        int p7 = at(ink, w, h, x - 1, y + 1);
        int p8 = at(ink, w, h, x - 1, y);
        int p9 = at(ink, w, h, x - 1, y - 1);
        int neighbours = p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9;
        if (neighbours < 2 || neighbours > 6) {
            return false;
        }
        int transitions = rise(p2, p3) + rise(p3, p4) + rise(p4, p5) + rise(p5, p6) + rise(p6, p7) + rise(p7, p8)
                + rise(p8, p9) + rise(p9, p2);
        if (transitions != 1) {
            return false;
        }
        return firstPass ? p2 * p4 * p6 == 0 && p4 * p6 * p8 == 0 : p2 * p4 * p8 == 0 && p2 * p6 * p8 == 0;
    }

    private static int rise(int from, int to) {
        return from == 0 && to == 1 ? 1 : 0;
    }

    private static int at(byte[] ink, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 0 : ink[y * w + x];
    }
}
