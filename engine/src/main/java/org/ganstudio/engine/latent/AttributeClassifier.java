package org.ganstudio.engine.latent;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageTensors;

/**
 * A small attribute classifier in plain Java: L2-regularised logistic regression on the image shrunk to
 * {@value #SIDE}x{@value #SIDE} (box filter) in the model's channels, each feature standardised by the training
 * examples' mean and deviation. The two classes are weighted equally whatever their counts. Trained by Nesterov's
 * accelerated gradient descent with the step 1/L (L bounds the loss's curvature, from power iteration), which
 * needs no randomness: the same examples give the same classifier.
 *
 * <p>{@link #train} holds out about a fifth of each class, by groups (all drawings of one emoji stay on one side),
 * and reports the balanced accuracy there: the mean of the rates of positives and of negatives called right.
 */
public final class AttributeClassifier {

    /** Side of the shrunken image the features come from. */
    public static final int SIDE = 16;
    /** Weight of |w|^2 / 2 in the loss (on standardised features). */
    static final double L2 = 1e-2;
    static final int ITERATIONS = 300;
    static final double HELD_OUT = 0.2;

    /**
     * One labelled image's features.
     *
     * @param group examples of one group are held out together
     */
    public record Example(float[] features, boolean positive, String group) {}

    /**
     * @param classifier trained on the examples not held out
     * @param balancedAccuracy on the held-out examples, in [0, 1]
     * @param trained examples it learnt from
     * @param heldOut examples it was tested on
     */
    public record Fit(AttributeClassifier classifier, double balancedAccuracy, int trained, int heldOut) {}

    private final float[] mean;
    private final float[] scale;
    private final double[] weights;
    private final double bias;

    private AttributeClassifier(float[] mean, float[] scale, double[] weights, double bias) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /** The features of an image for a model with {@code channels} channels: SIDE x SIDE x channels in [-1, 1]. */
    public static float[] features(BufferedImage image, int channels) {
        return ImageTensors.toChw(ImageFitter.fit(image, SIDE), channels);
    }

    /** The log-odds that the features show the attribute. */
    public double logit(float[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + features.length);
        }
        double sum = bias;
        for (int j = 0; j < weights.length; j++) {
            sum += weights[j] * ((features[j] - mean[j]) / scale[j]);
        }
        return sum;
    }

    public double probability(float[] features) {
        return sigmoid(logit(features));
    }

    /**
     * Trains on about 80% of the examples (split by group, from {@code seed}) and tests on the rest.
     *
     * @throws StudioException when either class has too few examples or groups to split
     */
    public static Fit train(List<Example> examples, long seed) {
        List<Example> training = new ArrayList<>();
        List<Example> testing = new ArrayList<>();
        split(examples, seed, training, testing);
        AttributeClassifier classifier = fit(training);
        int[] right = new int[2];
        int[] count = new int[2];
        for (Example e : testing) {
            int c = e.positive() ? 1 : 0;
            count[c]++;
            if ((classifier.logit(e.features()) > 0) == e.positive()) {
                right[c]++;
            }
        }
        double accuracy = 0.5 * ((double) right[0] / count[0] + (double) right[1] / count[1]);
        return new Fit(classifier, accuracy, training.size(), testing.size());
    }

    /** Groups in a seeded order; a group is held out while it brings a class still short of its fifth. */
    private static void split(List<Example> examples, long seed, List<Example> training, List<Example> testing) {
        Map<String, List<Example>> groups = new LinkedHashMap<>();
        int[] total = new int[2];
        for (Example e : examples) {
            groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
            total[e.positive() ? 1 : 0]++;
        }
        List<List<Example>> order = new ArrayList<>(groups.values());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            List<Example> t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        int[] held = new int[2];
        for (List<Example> group : order) {
            int[] in = new int[2];
            group.forEach(e -> in[e.positive() ? 1 : 0]++);
            boolean helps = (in[0] > 0 && held[0] < HELD_OUT * total[0]) || (in[1] > 0 && held[1] < HELD_OUT * total[1]);
            if (helps) {
                testing.addAll(group);
                held[0] += in[0];
                held[1] += in[1];
            } else {
                training.addAll(group);
            }
        }
        for (int c = 0; c < 2; c++) {
            if (held[c] == 0 || held[c] == total[c]) {
                throw new StudioException("The " + (c == 1 ? "positive" : "negative") + " examples (" + total[c]
                        + ") are too few, or too few different images, to hold some out for testing.");
            }
        }
    }

    /** Weighted logistic regression on all {@code examples}. */
    static AttributeClassifier fit(List<Example> examples) {
        int n = examples.size();
        int d = examples.get(0).features().length;
        float[] mean = new float[d];
        float[] scale = new float[d];
        double[] sum = new double[d];
        double[] squares = new double[d];
        int positives = 0;
        for (Example e : examples) {
            for (int j = 0; j < d; j++) {
                sum[j] += e.features()[j];
                squares[j] += (double) e.features()[j] * e.features()[j];
            }
            positives += e.positive() ? 1 : 0;
        }
        for (int j = 0; j < d; j++) {
            mean[j] = (float) (sum[j] / n);
            double variance = squares[j] / n - (sum[j] / n) * (sum[j] / n);
            scale[j] = (float) Math.max(Math.sqrt(Math.max(variance, 0)), 1e-3);
        }
        double[][] x = new double[n][d];
        double[] y = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            for (int j = 0; j < d; j++) {
                x[i][j] = (e.features()[j] - mean[j]) / scale[j];
            }
            y[i] = e.positive() ? 1 : 0;
            // each class weighs half of the loss
            weight[i] = e.positive() ? 0.5 / positives : 0.5 / (n - positives);
        }
        double step = 1 / (0.25 * largestEigenvalue(x, weight) + L2);
        double[] w = new double[d + 1]; // the last is the bias, not regularised
        double[] previous = w.clone();
        double[] look = w.clone();
        double[] gradient = new double[d + 1];
        for (int t = 1; t <= ITERATIONS; t++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double z = look[d];
                double[] row = x[i];
                for (int j = 0; j < d; j++) {
                    z += look[j] * row[j];
                }
                double r = weight[i] * (sigmoid(z) - y[i]);
                for (int j = 0; j < d; j++) {
                    gradient[j] += r * row[j];
                }
                gradient[d] += r;
            }
            double momentum = (t - 1.0) / (t + 2.0);
            for (int j = 0; j <= d; j++) {
                double g = gradient[j] + (j < d ? L2 * look[j] : 0);
                double next = look[j] - step * g;
                look[j] = next + momentum * (next - previous[j]);
                previous[j] = next;
            }
        }
        double[] weights = java.util.Arrays.copyOf(previous, d);
        return new AttributeClassifier(mean, scale, weights, previous[d]);
    }

    /**
     * The largest eigenvalue of [X 1]' diag(weight) [X 1] by power iteration from a fixed start (an upper bound
     * is enough, so it is raised by a tenth).
     */
    private static double largestEigenvalue(double[][] x, double[] weight) {
        int d = x[0].length + 1;
        double[] v = new double[d];
        java.util.Arrays.fill(v, 1 / Math.sqrt(d));
        double lambda = 1;
        for (int k = 0; k < 30; k++) {
            double[] next = new double[d];
            for (int i = 0; i < x.length; i++) {
                double xv = v[d - 1];
                for (int j = 0; j < d - 1; j++) {
                    xv += x[i][j] * v[j];
                }
                xv *= weight[i];
                for (int j = 0; j < d - 1; j++) {
                    next[j] += xv * x[i][j];
                }
                next[d - 1] += xv;
            }
            double norm = 0;
            for (double value : next) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return 1;
            }
            lambda = norm;
            for (int j = 0; j < d; j++) {
                v[j] = next[j] / norm;
            }
        }
        return lambda * 1.1;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
