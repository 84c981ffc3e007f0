package org.ganstudio.engine.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A memorisation check for a generator, without any pretrained network: how far each sample lies from its
 * nearest training image, set beside how far held-out real images lie from theirs (the floor). Samples much
 * nearer to the training images than real images are to each other suggest copies.
 *
 * <p>The distance of two images is the root-mean-square difference of their values,
 * {@code sqrt(sum (x - y)^2 / (C H W))}, in the planes' units (intensities in [0, 1]): 0 for a copy.
 */
public final class NearestNeighbours {

    private NearestNeighbours() {}

    /**
     * The spread of nearest-image distances.
     *
     * @param count distances summarised
     * @param median the middle distance
     * @param fifthPercentile the 5th percentile
     * @param min the smallest distance
     */
    public record Summary(int count, double median, double fifthPercentile, double min) {

        /**
         * Summarises distances; percentiles interpolate linearly between the sorted values (position
         * {@code p (n - 1)}, as numpy's default).
         *
         * @throws IllegalArgumentException if there are none
         */
        public static Summary of(double[] distances) {
            if (distances.length == 0) {
                throw new IllegalArgumentException("no distances to summarise");
            }
            double[] sorted = distances.clone();
            Arrays.sort(sorted);
            return new Summary(sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.05), sorted[0]);
        }

        private static double percentile(double[] sorted, double p) {
            double position = p * (sorted.length - 1);
            int below = (int) Math.floor(position);
            int above = Math.min(below + 1, sorted.length - 1);
            return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        }
    }

    /**
     * The memorisation figures.
     *
     * @param samples nearest-training-image distances of the generated samples
     * @param floor nearest-training-image distances of held-out real images
     */
    public record Report(Summary samples, Summary floor) {}

    /**
     * One reference image ranked against a query.
     *
     * @param index its place in the reference set
     * @param distance its mean absolute difference from the query ({@link ImageMetrics#l1})
     */
    public record Ranked(int index, double distance) {}

    /**
     * The {@code count} reference images nearest to {@code query} by mean absolute difference, nearest first
     * (ties in reference order). The reference images are asked for one at a time, so a large set need not be held
     * as floats.
     *
     * @param size how many reference images there are
     * @param reference the image at an index, of the query's size and channels
     * @throws IllegalArgumentException if an image differs from the query in size or channels
     */
    public static List<Ranked> closest(ImagePlanes query, int size, IntFunction<ImagePlanes> reference, int count) {
        return IntStream.range(0, size).parallel()
                .mapToObj(i -> new Ranked(i, ImageMetrics.l1(query, reference.apply(i))))
                .sorted(Comparator.comparingDouble(Ranked::distance).thenComparingInt(Ranked::index))
                .limit(Math.max(0, count))
                .toList();
    }

    /** Nearest-training-image distances of the samples and, as the floor, of the held-out real images. */
    public static Report memorisation(List<ImagePlanes> samples, List<ImagePlanes> heldOut, List<ImagePlanes> training) {
        return new Report(Summary.of(nearest(samples, training)), Summary.of(nearest(heldOut, training)));
    }

    /**
     * For each query, the distance to its nearest image in {@code reference}.
     *
     * @throws IllegalArgumentException if {@code reference} is empty or an image differs in size or channels
     */
    public static double[] nearest(List<ImagePlanes> queries, List<ImagePlanes> reference) {
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("no reference images to compare with");
        }
        for (List<ImagePlanes> set : List.of(queries, reference)) {
            for (ImagePlanes image : set) {
                ImageMetrics.checkComparable(reference.get(0), image);
            }
        }
        float[][] references = reference.stream().map(NearestNeighbours::flatten).toArray(float[][]::new);
        return IntStream.range(0, queries.size()).parallel()
                .mapToDouble(q -> nearest(flatten(queries.get(q)), references))
                .toArray();
    }

    /** The smallest RMS distance; a candidate is dropped as soon as its partial sum passes the best so far. */
    private static double nearest(float[] query, float[][] references) {
        double best = Double.POSITIVE_INFINITY;
        for (float[] candidate : references) {
            double sum = 0;
            for (int i = 0; i < query.length && sum < best; i++) {
                double d = (double) query[i] - candidate[i];
                sum += d * d;
            }
            best = Math.min(best, sum);
        }
        return Math.sqrt(best / query.length);
    }

    private static float[] flatten(ImagePlanes image) {
        int plane = image.width() * image.height();
        float[] values = new float[image.channelCount() * plane];
        for (int c = 0; c < image.channelCount(); c++) {
            System.arraycopy(image.channel(c), 0, values, c * plane, plane);
        }
        return values;
    }
}
