package org.ganstudio.engine.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Sliced Wasserstein distance between two sets of images on Laplacian-pyramid patches, after Karras, Aila,
 * Laine and Lehtinen 2018, "Progressive Growing of GANs for Improved Quality, Stability, and Variation" (their
 * {@code sliced_wasserstein.py}); no pretrained network is involved.
 *
 * <p>Per level of each image's {@link LaplacianPyramid} (finest first, halving while the side stays at least
 * {@link Settings#smallestLevel()}), {@link Settings#patchesPerImage()} square patches of side
 * {@link Settings#patchSize()} are cut at random places; each patch is a descriptor of {@code C * p * p}
 * values. Both sets' descriptors of a level are normalised per channel, {@code (v - mu_c) / sigma_c}, with
 * the mean and (population) standard deviation of that channel over the descriptors of both sets. Karras'
 * code normalises each set by its own statistics, which hides a difference of brightness or contrast between
 * the sets; shared statistics keep it. A channel flat in both sets ({@code sigma_c < 1e-6}) is only centred.
 *
 * <p>For each of {@link Settings#directions()} random unit directions {@code d} (normal draws, normalised),
 * both sets are projected ({@code d . v}), sorted, and compared in order: the level's distance is the mean
 * over directions of {@code mean_i |sortA_i - sortB_i|}, the exact 1-D Wasserstein-1 distance between two
 * equal-size samples, averaged over directions. Distances are reported x 1e3, as in the paper's tables.
 *
 * <p>The patch places are drawn once per image index and level and used for both sets, so a set compared with
 * itself scores exactly 0 and swapping the sets gives exactly the same figure; everything follows from the seed.
 */
public final class SlicedWasserstein {
    /** Below this standard deviation a channel counts as flat and is not scaled. */
    static final double FLAT = 1e-6;

    private SlicedWasserstein() {}

    /**
     * How the distance is sampled.
     *
     * @param patchSize side of a patch in pixels (Karras: 7)
     * @param patchesPerImage patches cut from each level of each image (Karras: 128)
     * @param directions random directions per level (Karras: 4 repeats of 128, whose mean of means is the mean
     *     over all 512)
     * @param smallestLevel the pyramid halves while a level's side stays at least this (Karras: 16)
     */
    public record Settings(int patchSize, int patchesPerImage, int directions, int smallestLevel) {
        /** The settings of Karras et al. 2018. */
        public static final Settings KARRAS = new Settings(7, 128, 512, 16);

        public Settings {
            if (patchSize < 1 || patchesPerImage < 1 || directions < 1) {
                throw new IllegalArgumentException("patch size, patches and directions must be positive");
            }
            if (smallestLevel < patchSize) {
                throw new IllegalArgumentException("the smallest level (" + smallestLevel
                        + ") must hold a patch of " + patchSize);
            }
        }

        /** Levels for images of this side: one, and one more per halving that stays at least smallestLevel. */
        public int levelCount(int side) {
            int levels = 1;
            for (int s = (side + 1) / 2; s >= smallestLevel; s = (s + 1) / 2) {
                levels++;
            }
            return levels;
        }
    }

    /**
     * The distance of two image sets.
     *
     * @param levelWidths width of each pyramid level in pixels, finest first
     * @param perLevel the distance x 1e3 at each level
     * @param average the mean of {@code perLevel}
     */
    public record Result(List<Integer> levelWidths, List<Double> perLevel, double average) {
        public Result {
            levelWidths = List.copyOf(levelWidths);
            perLevel = List.copyOf(perLevel);
        }
    }

    /**
     * The distance x 1e3 per pyramid level between two sets of the same number of images, all of one size and
     * channel count.
     *
     * @throws IllegalArgumentException if the sets differ in size or are empty, if the images differ in size or
     *     channels, or if an image is smaller than a patch
     */
    public static Result distance(List<ImagePlanes> a, List<ImagePlanes> b, Settings settings, long seed) {
        checkSets(a, b, settings);
        ImagePlanes first = a.get(0);
        int levels = settings.levelCount(Math.min(first.width(), first.height()));
        List<List<ImagePlanes>> pyramidsA = a.stream().map(i -> LaplacianPyramid.laplacian(i, levels)).toList();
        List<List<ImagePlanes>> pyramidsB = b.stream().map(i -> LaplacianPyramid.laplacian(i, levels)).toList();
        SplittableRandom random = new SplittableRandom(seed);
        int channels = first.channelCount();
        int dimension = channels * settings.patchSize() * settings.patchSize();
        List<Integer> widths = new ArrayList<>();
        List<Double> perLevel = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            ImagePlanes shape = pyramidsA.get(0).get(level);
            int[] corners = corners(a.size() * settings.patchesPerImage(), shape, settings.patchSize(), random);
            float[] descA = descriptors(pyramidsA, level, corners, settings);
            float[] descB = descriptors(pyramidsB, level, corners, settings);
            normalise(descA, descB, channels, settings.patchSize() * settings.patchSize());
            widths.add(shape.width());
            perLevel.add(1e3 * projected(descA, descB, dimension, directions(settings.directions(), dimension, random)));
        }
        double average = perLevel.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Result(widths, perLevel, average);
    }

    /**
     * The mean over {@code directions} of the mean absolute difference between the sorted projections of the
     * descriptors of {@code a} and of {@code b} (rows of {@code dimension} values, as many in each).
     */
    static double projected(float[] a, float[] b, int dimension, float[][] directions) {
        int rows = a.length / dimension;
        double[] perDirection = IntStream.range(0, directions.length).parallel().mapToDouble(d -> {
            float[] projA = project(a, rows, dimension, directions[d]);
            float[] projB = project(b, rows, dimension, directions[d]);
            Arrays.sort(projA);
            Arrays.sort(projB);
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += Math.abs((double) projA[i] - projB[i]);
            }
            return sum / rows;
        }).toArray();
        return Arrays.stream(perDirection).sum() / directions.length;
    }

    /**
     * Scales both descriptor sets in place, per channel, by the mean and standard deviation of that channel
     * over both: rows are {@code channels} blocks of {@code perChannel} values.
     */
    static void normalise(float[] a, float[] b, int channels, int perChannel) {
        int dimension = channels * perChannel;
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            double squares = 0;
            long count = 0;
            for (float[] set : new float[][] {a, b}) {
                for (int row = 0; row < set.length; row += dimension) {
                    for (int k = row + c * perChannel; k < row + (c + 1) * perChannel; k++) {
                        sum += set[k];
                        squares += (double) set[k] * set[k];
                        count++;
                    }
                }
            }
            double mean = sum / count;
            double std = Math.sqrt(Math.max(0, squares / count - mean * mean));
            double scale = std < FLAT ? 1 : 1 / std;
            for (float[] set : new float[][] {a, b}) {
                for (int row = 0; row < set.length; row += dimension) {
                    for (int k = row + c * perChannel; k < row + (c + 1) * perChannel; k++) {
                        set[k] = (float) ((set[k] - mean) * scale);
                    }
                }
            }
        }
    }

    /** {@code count} unit vectors of {@code dimension} values, each of normal draws divided by its length. */
    static float[][] directions(int count, int dimension, SplittableRandom random) {
        float[][] directions = new float[count][dimension];
        for (float[] d : directions) {
            double length = 0;
            double[] draws = new double[dimension];
            for (int k = 0; k < dimension; k++) {
                draws[k] = random.nextGaussian();
                length += draws[k] * draws[k];
            }
            for (int k = 0; k < dimension; k++) {
                d[k] = (float) (draws[k] / Math.sqrt(length));
            }
        }
        return directions;
    }

    private static float[] project(float[] rows, int count, int dimension, float[] direction) {
        float[] projection = new float[count];
        for (int r = 0; r < count; r++) {
            double dot = 0;
            int offset = r * dimension;
            for (int k = 0; k < dimension; k++) {
                dot += rows[offset + k] * direction[k];
            }
            projection[r] = (float) dot;
        }
        return projection;
    }

    /** Top-left corners (x, y pairs) of {@code count} patches that fit in the level, uniformly at random. */
    private static int[] corners(int count, ImagePlanes level, int patch, SplittableRandom random) {
        int[] corners = new int[2 * count];
        for (int i = 0; i < count; i++) {
            corners[2 * i] = random.nextInt(level.width() - patch + 1);
            corners[2 * i + 1] = random.nextInt(level.height() - patch + 1);
        }
        return corners;
    }

    /** The patches of one level, image after image, each channel by channel in row-major order. */
    private static float[] descriptors(List<List<ImagePlanes>> pyramids, int level, int[] corners, Settings settings) {
        int patch = settings.patchSize();
        int channels = pyramids.get(0).get(level).channelCount();
        int dimension = channels * patch * patch;
        float[] rows = new float[corners.length / 2 * dimension];
        for (int r = 0; r < corners.length / 2; r++) {
            ImagePlanes image = pyramids.get(r / settings.patchesPerImage()).get(level);
            int x0 = corners[2 * r];
            int y0 = corners[2 * r + 1];
            int k = r * dimension;
            for (int c = 0; c < channels; c++) {
                float[] plane = image.channel(c);
                for (int y = y0; y < y0 + patch; y++) {
                    System.arraycopy(plane, y * image.width() + x0, rows, k, patch);
                    k += patch;
                }
            }
        }
        return rows;
    }

    private static void checkSets(List<ImagePlanes> a, List<ImagePlanes> b, Settings settings) {
        if (a.isEmpty() || a.size() != b.size()) {
            throw new IllegalArgumentException("the sliced Wasserstein distance needs two non-empty sets of one size, got "
                    + a.size() + " and " + b.size() + " images");
        }
        ImagePlanes first = a.get(0);
        for (List<ImagePlanes> set : List.of(a, b)) {
            for (ImagePlanes image : set) {
                ImageMetrics.checkComparable(first, image);
            }
        }
        if (Math.min(first.width(), first.height()) < settings.patchSize()) {
            throw new IllegalArgumentException("images of " + first.width() + " x " + first.height()
                    + " cannot hold a patch of " + settings.patchSize());
        }
    }
}
