package org.ganstudio.engine.drawing;

/**
 * Area resampling of a box of a plane into a square frame: each output pixel is the mean of the source area
 * it covers (fractions of pixels at its edges counted by their share), and source outside the box counts as 0.
 * Separable, so it costs a pass over the box plus one over the frame, whether it shrinks or enlarges.
 */
final class BoxResampler {
    private BoxResampler() {}

    /**
     * @param plane source values, {@code width} per row
     * @param box the part of the plane that is placed
     * @param scale output pixels per source pixel
     * @param left where the box's left edge lands in the frame, in output pixels
     * @param top where the box's top edge lands
     * @param size the frame's side
     */
    static float[] place(float[] plane, int width, Masks.Box box, double scale, double left, double top, int size) {
        Taps columns = taps(box.x0(), box.width(), scale, left, size);
        Taps rows = taps(box.y0(), box.height(), scale, top, size);
        float[] across = new float[box.height() * size];
        for (int y = 0; y < box.height(); y++) {
            int row = (box.y0() + y) * width;
            for (int t = 0; t < size; t++) {
                float sum = 0;
                for (int k = columns.start[t]; k < columns.start[t + 1]; k++) {
                    sum += columns.weight[k] * plane[row + columns.source[k]];
                }
                across[y * size + t] = sum;
            }
        }
        float[] out = new float[size * size];
        for (int t = 0; t < size; t++) {
            for (int k = rows.start[t]; k < rows.start[t + 1]; k++) {
                int from = (rows.source[k] - box.y0()) * size;
                float weight = rows.weight[k];
                for (int x = 0; x < size; x++) {
                    out[t * size + x] += weight * across[from + x];
                }
            }
        }
        return out;
    }

    /** For each output index, the source indices it covers and their weights (share of the output pixel). */
    private record Taps(int[] start, int[] source, float[] weight) {}

    private static Taps taps(int first, int length, double scale, double offset, int size) {
        int[] start = new int[size + 1];
        int[] source = new int[length + 2 * size + 2]; // every output adds at most one tap beyond its share
        float[] weight = new float[source.length];
        int n = 0;
        for (int t = 0; t < size; t++) {
            start[t] = n;
            double a = Math.max(first, first + (t - offset) / scale);
            double b = Math.min(first + length, first + (t + 1 - offset) / scale);
            for (int j = (int) Math.floor(a); j < b; j++) {
                double overlap = Math.min(b, j + 1) - Math.max(a, j);
                if (overlap > 0) {
                    source[n] = j;
                    weight[n] = (float) (overlap * scale);
                    n++;
                }
            }
        }
        start[size] = n;
        return new Taps(start, source, weight);
    }
}
