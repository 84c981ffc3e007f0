package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.optim.AdamSettings;

/**
 * What tests of a family's training step read off its networks: trainable weights and their gradients (BatchNorm's
 * running statistics left out: every training-mode forward updates them, and no optimiser does), a training-mode
 * forward outside any gradient collector, and the first Adam update written out in double.
 */
public final class StepInspection {

    private StepInspection() {}

    /** The values of the block's trainable parameters, laid end to end in the block's order. */
    public static float[] trainableWeights(Block block) {
        List<float[]> parts = new ArrayList<>();
        for (Parameter p : trainable(block)) {
            parts.add(p.getArray().toFloatArray());
        }
        return concat(parts);
    }

    /** The gradients of the same parameters, in the same order. */
    public static float[] gradients(Block block) {
        List<float[]> parts = new ArrayList<>();
        for (Parameter p : trainable(block)) {
            try (NDArray gradient = p.getArray().getGradient()) {
                parts.add(gradient.toFloatArray());
            }
        }
        return concat(parts);
    }

    /** The block's output in training mode (BatchNorm on the batch's statistics), as the step computes it. */
    public static float[] forward(Block block, NDArray input) {
        ParameterStore store = new ParameterStore(input.getManager(), false);
        return block.forward(store, new NDList(input), true).singletonOrThrow().toFloatArray();
    }

    /**
     * The weights after Adam's first update with learning rate {@code lr}: m = (1 - b1) g, v = (1 - b2) g^2,
     * w - lr * sqrt(1 - b2) / (1 - b1) * m / (sqrt(v) + eps) (the engine's epsilon placement).
     */
    public static double[] afterFirstAdamUpdate(float[] weights, float[] gradients, double lr, AdamSettings s) {
        double[] after = new double[weights.length];
        double correction = Math.sqrt(1 - s.beta2()) / (1 - s.beta1());
        for (int i = 0; i < weights.length; i++) {
            double g = gradients[i];
            double m = (1 - s.beta1()) * g;
            double v = (1 - s.beta2()) * g * g;
            after[i] = weights[i] - lr * correction * m / (Math.sqrt(v) + s.epsilon());
        }
        return after;
    }

    /** How many values are NaN or infinite. */
    public static int nonFinite(float[] values) {
        int count = 0;
        for (float v : values) {
            count += Float.isFinite(v) ? 0 : 1;
        }
        return count;
    }

    /** How many values are not exactly zero. */
    public static int nonZero(float[] values) {
        int count = 0;
        for (float v : values) {
            count += v == 0f ? 0 : 1;
        }
        return count;
    }

    /** Largest |a - b| over two arrays of the same length. */
    public static double maxAbsDiff(float[] a, double[] b) {
        if (a.length != b.length) {
            throw new AssertionError(a.length + " values against " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /**
     * Asserts that a float32 value of the step is within float32 rounding (1e-5, relative above 1) of its float64
     * recomputation, after asserting that the recomputation is finite (a NaN there means wrong network outputs).
     */
    public static void assertMatchesRecomputation(double actual, double recomputed, String what) {
        assertThat(recomputed).as("float64 recomputation of " + what).isFinite();
        assertThat(actual).as(what + " against its recomputation").isCloseTo(recomputed,
                within(1e-5 * Math.max(1, Math.abs(recomputed))));
    }

    private static List<Parameter> trainable(Block block) {
        return block.getParameters().values().stream().filter(Parameter::requiresGradient).toList();
    }

    private static float[] concat(List<float[]> parts) {
        float[] all = new float[parts.stream().mapToInt(a -> a.length).sum()];
        int offset = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
