package org.ganstudio.engine.pix2pix;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.edges.EdgeExtractor;
import org.ganstudio.engine.edges.GreyImage;

/**
 * Makes training edge maps look more like drawings people make, so that a sketch model learns to fill what a
 * person draws and not only the studio's own edges. Each edge map, an ink mask of thin dark lines, may first be
 * replaced by the lines another edge method draws from the pair's target, then lose its
 * inner detail (down to the outer contour, as people often draw), be bent by a small smooth displacement, get
 * gaps in its lines, specks, or thicker strokes. Every change draws on the {@link SplittableRandom} it is given,
 * so a resumed run makes the same choices as an uninterrupted one.
 *
 * <p>Works on the grey planes of a batch buffer (floats in [-1, 1], ink below 0), before it becomes a tensor.
 *
 * @param share chance that a sample is augmented at all; the others keep their edge map as it is, so the model
 *     still sees the clean edges it is scored on
 * @param outlineOnly chance that only the outer contour is kept, with each inner line kept at {@code keepInner}
 * @param dropInner chance that each inner line is dropped with probability one half (when not outline-only)
 * @param jitter chance of a smooth displacement of up to {@code jitterPixels} pixels
 * @param gaps chance of one to four small gaps in the lines
 * @param specks chance of one to four isolated specks
 * @param thicken chance of strokes thickened to about three pixels
 * @param otherEdges chance that the edge map is replaced by the one-pixel lines another edge method draws from
 *     the target: Canny at a finer or a coarser scale (more or fewer inner lines) or XDoG (broken, sparser lines)
 */
public record EdgeAugmentation(double share, double outlineOnly, double dropInner, double keepInner, double jitter,
        double jitterPixels, double gaps, double specks, double thicken, double otherEdges) {

    /** The other edge methods, drawn with equal chance; all thinned to one pixel, small specks removed. */
    private static final List<EdgeSettings> OTHER_METHODS = List.of(EdgeSettings.canny().withSigma(1.0),
            EdgeSettings.canny().withSigma(2.0), EdgeSettings.xdog().withSigma(0.8));
    private static final float[] LUMA = {0.299f, 0.587f, 0.114f};

    private static final int[][] FOUR = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    /** The studio's recipe for its sketch models. */
    public static EdgeAugmentation drawings() {
        return new EdgeAugmentation(0.5, 0.25, 0.25, 0.3, 0.5, 1.5, 0.4, 0.25, 0.2, 0.35);
    }

    public EdgeAugmentation {
        for (double p : new double[] {share, outlineOnly, dropInner, keepInner, jitter, gaps, specks, thicken, otherEdges}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("chances must lie in [0, 1]");
            }
        }
        if (!(jitterPixels >= 0 && jitterPixels <= 4)) {
            throw new IllegalArgumentException("jitter must lie in [0, 4] pixels");
        }
    }

    /**
     * Augments the input planes of every sample of an NCHW batch whose samples hold {@code inputChannels}
     * input channels first; the other channels (the targets) are left as they are. Grey inputs only: a colour
     * input (three channels) is not an edge map and is left alone.
     */
    public void augmentInputs(float[] batch, int batchSize, int channelsPerSample, int inputChannels, int size,
            SplittableRandom random) {
        if (inputChannels != 1) {
            return;
        }
        int plane = size * size;
        int targetChannels = channelsPerSample - inputChannels;
        for (int n = 0; n < batchSize; n++) {
            int offset = n * channelsPerSample * plane;
            if (random.nextDouble() >= share) {
                continue;
            }
            byte[] ink = new byte[plane];
            for (int i = 0; i < plane; i++) {
                ink[i] = (byte) (batch[offset + i] < 0 ? 1 : 0);
            }
            if (targetChannels > 0 && random.nextDouble() < otherEdges) {
                EdgeSettings method = OTHER_METHODS.get(random.nextInt(OTHER_METHODS.size()));
                byte[] lines = EdgeExtractor.ink(target(batch, offset + plane, targetChannels, size), method);
                if (count(lines) > 0) {
                    ink = lines;
                }
            }
            byte[] augmented = augment(ink, size, random);
            for (int i = 0; i < plane; i++) {
                batch[offset + i] = augmented[i] != 0 ? -1f : 1f;
            }
        }
    }

    /** The luma in [0, 1] of the target planes starting at {@code offset} (one grey or three colour planes). */
    static GreyImage target(float[] batch, int offset, int channels, int size) {
        int plane = size * size;
        float[] luma = new float[plane];
        for (int i = 0; i < plane; i++) {
            float value;
            if (channels == 3) {
                value = 0;
                for (int c = 0; c < 3; c++) {
                    value += LUMA[c] * batch[offset + c * plane + i];
                }
            } else {
                value = batch[offset + i];
            }
            luma[i] = Math.min(1f, Math.max(0f, (value + 1f) / 2f));
        }
        return new GreyImage(size, size, luma);
    }

    /** One edge map (ink mask, 1 = ink, {@code size x size}) augmented; a mask left empty falls back to the input. */
    byte[] augment(byte[] ink, int size, SplittableRandom random) {
        byte[] out = ink.clone();
        if (random.nextDouble() < outlineOnly) {
            out = keepOuterContour(out, size, keepInner, random);
        } else if (random.nextDouble() < dropInner) {
            out = keepOuterContour(out, size, 0.5, random);
        }
        if (random.nextDouble() < jitter) {
            out = displace(out, size, jitterPixels, random);
        }
        if (random.nextDouble() < gaps) {
            cutGaps(out, size, 1 + random.nextInt(4), random);
        }
        if (random.nextDouble() < specks) {
            addSpecks(out, size, 1 + random.nextInt(4), random);
        }
        if (random.nextDouble() < thicken) {
            out = dilate(out, size);
        }
        return count(out) == 0 ? ink.clone() : out;
    }

    /** The ink that touches the region reachable from the border, plus each other line kept with probability {@code keep}. */
    static byte[] keepOuterContour(byte[] ink, int size, double keep, SplittableRandom random) {
        boolean[] outside = outside(ink, size);
        byte[] out = new byte[ink.length];
        int[] component = new int[ink.length];
        int components = 0;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] != 0 && touches(outside, size, i)) {
                out[i] = 1;
            }
        }
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] != 0 && out[i] == 0 && component[i] == 0) {
                components++;
                boolean kept = random.nextDouble() < keep;
                for (int pixel : innerComponent(ink, out, component, components, size, i)) {
                    if (kept) {
                        out[pixel] = 1;
                    }
                }
            }
        }
        return out;
    }

    /** Background pixels connected (4-neighbourhood) to the image border. */
    static boolean[] outside(byte[] ink, int size) {
        boolean[] outside = new boolean[ink.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < size; k++) {
            for (int i : new int[] {k, (size - 1) * size + k, k * size, k * size + size - 1}) {
                if (ink[i] == 0 && !outside[i]) {
                    outside[i] = true;
                    queue.add(i);
                }
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % size;
            int y = i / size;
            for (int[] s : FOUR) {
                int nx = x + s[0];
                int ny = y + s[1];
                if (nx >= 0 && ny >= 0 && nx < size && ny < size) {
                    int j = ny * size + nx;
                    if (ink[j] == 0 && !outside[j]) {
                        outside[j] = true;
                        queue.add(j);
                    }
                }
            }
        }
        return outside;
    }

    private static boolean touches(boolean[] region, int size, int i) {
        int x = i % size;
        int y = i / size;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= size || ny >= size) {
                    return true;
                }
                if (region[ny * size + nx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Labels the 8-connected ink pixels around {@code start} that are not on the contour; returns them. */
    private static int[] innerComponent(byte[] ink, byte[] contour, int[] label, int id, int size, int start) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] members = new int[16];
        int count = 0;
        label[start] = id;
        queue.add(start);
        while (!queue.isEmpty()) {
            int i = queue.poll();
            if (count == members.length) {
                members = Arrays.copyOf(members, count * 2);
            }
            members[count++] = i;
            int x = i % size;
            int y = i / size;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < size && ny < size) {
                        int j = ny * size + nx;
                        if (ink[j] != 0 && contour[j] == 0 && label[j] == 0) {
                            label[j] = id;
                            queue.add(j);
                        }
                    }
                }
            }
        }
        return Arrays.copyOf(members, count);
    }

    /**
     * A smooth displacement: offsets drawn on a 4 x 4 grid of control points, interpolated bilinearly, each
     * output pixel taking the ink of the source pixel it is displaced from (nearest).
     */
    static byte[] displace(byte[] ink, int size, double amplitude, SplittableRandom random) {
        int grid = 4;
        double[][] gx = new double[grid][grid];
        double[][] gy = new double[grid][grid];
        for (int a = 0; a < grid; a++) {
            for (int b = 0; b < grid; b++) {
                gx[a][b] = (random.nextDouble() * 2 - 1) * amplitude;
                gy[a][b] = (random.nextDouble() * 2 - 1) * amplitude;
            }
        }
        byte[] out = new byte[ink.length];
        double cell = (size - 1) / (double) (grid - 1);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double u = x / cell;
                double v = y / cell;
                int a = Math.min((int) v, grid - 2);
                int b = Math.min((int) u, grid - 2);
                double fv = v - a;
                double fu = u - b;
                double dx = bilinear(gx, a, b, fv, fu);
                double dy = bilinear(gy, a, b, fv, fu);
                int sx = (int) Math.round(x + dx);
                int sy = (int) Math.round(y + dy);
                if (sx >= 0 && sy >= 0 && sx < size && sy < size) {
                    out[y * size + x] = ink[sy * size + sx];
                }
            }
        }
        return out;
    }

    private static double bilinear(double[][] g, int a, int b, double fv, double fu) {
        double top = g[a][b] * (1 - fu) + g[a][b + 1] * fu;
        double bottom = g[a + 1][b] * (1 - fu) + g[a + 1][b + 1] * fu;
        return top * (1 - fv) + bottom * fv;
    }

    /** Erases {@code count} small discs (radius 1 or 2) centred on ink pixels. */
    static void cutGaps(byte[] ink, int size, int count, SplittableRandom random) {
        int total = count(ink);
        for (int g = 0; g < count && total > 0; g++) {
            int nth = random.nextInt(total);
            int centre = nthInk(ink, nth);
            int radius = 1 + random.nextInt(2);
            int cx = centre % size;
            int cy = centre / size;
            for (int y = Math.max(0, cy - radius); y <= Math.min(size - 1, cy + radius); y++) {
                for (int x = Math.max(0, cx - radius); x <= Math.min(size - 1, cx + radius); x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                        ink[y * size + x] = 0;
                    }
                }
            }
            total = count(ink);
        }
    }

    /** Adds {@code count} specks of one pixel or 2 x 2 at random places. */
    static void addSpecks(byte[] ink, int size, int count, SplittableRandom random) {
        for (int s = 0; s < count; s++) {
            int x = random.nextInt(size - 1);
            int y = random.nextInt(size - 1);
            boolean big = random.nextBoolean();
            ink[y * size + x] = 1;
            if (big) {
                ink[y * size + x + 1] = 1;
                ink[(y + 1) * size + x] = 1;
                ink[(y + 1) * size + x + 1] = 1;
            }
        }
    }

    /** Ink grown by one pixel in the 4-neighbourhood: 1-px lines become about 3 px wide. */
    static byte[] dilate(byte[] ink, int size) {
        byte[] out = ink.clone();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (ink[y * size + x] == 0) {
                    continue;
                }
                for (int[] s : FOUR) {
                    int nx = x + s[0];
                    int ny = y + s[1];
                    if (nx >= 0 && ny >= 0 && nx < size && ny < size) {
                        out[ny * size + nx] = 1;
                    }
                }
            }
        }
        return out;
    }

    static int count(byte[] ink) {
        int n = 0;
        for (byte b : ink) {
            n += b;
        }
        return n;
    }

    private static int nthInk(byte[] ink, int nth) {
        int seen = 0;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] != 0 && seen++ == nth) {
                return i;
            }
        }
        throw new IllegalStateException("fewer ink pixels than " + (nth + 1));
    }
}
