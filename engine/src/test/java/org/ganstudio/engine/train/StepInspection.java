package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.optim.AdamSettings;

/**
 * What tests of a family's training step read off its networks: trainable weights and their gradients (BatchNorm's
 * running statistics left out: every training-mode forward updates them, and no optimiser does), a training-mode
 * forward outside any gradient collector, and the first Adam update written out in double.
 */
public final class StepInspection {

    private StepInspection() {}

    /** A family's first training step on fixed data, run with the given observers; returns its losses. */
    @FunctionalInterface
    public interface FirstStep {
        Map<String, Double> run(UpdateObservers observers);
    }

    /**
     * The step-contract invariant of every family (D step, then G step with D frozen): when G is about to be
     * updated, D has no gradient and its weights stay as G's update leaves them; both networks did learn.
     */
    public static void assertDiscriminatorFrozenInGeneratorStep(Block generator, Block discriminator, FirstStep step) {
        float[] dBefore = trainableWeights(discriminator);
        float[] gBefore = trainableWeights(generator);
        float[][] dAtGeneratorUpdate = new float[2][];
        step.run(new UpdateObservers(objective -> { }, objective -> {
            dAtGeneratorUpdate[0] = trainableWeights(discriminator);
            dAtGeneratorUpdate[1] = gradients(discriminator);
        }));
        assertThat(nonZero(dAtGeneratorUpdate[1])).as("non-zero D gradients left by G's backward").isZero();
        assertThat(Arrays.equals(trainableWeights(discriminator), dAtGeneratorUpdate[0]))
                .as("D's weights after G's update equal those before it").isTrue();
        assertThat(Arrays.equals(dAtGeneratorUpdate[0], dBefore)).as("D learnt in its own step").isFalse();
        assertThat(Arrays.equals(trainableWeights(generator), gBefore)).as("G learnt in its step").isFalse();
    }

    /** D's weights after the whole step are exactly one Adam update (learning rate {@code lr}) on its own gradients. */
    public static void assertDiscriminatorMovesByOneAdamUpdate(Block discriminator, double lr, AdamSettings settings,
            FirstStep step, double tolerance) {
        float[][] atDiscriminatorUpdate = new float[2][];
        float[][] atGeneratorUpdate = new float[1][];
        step.run(new UpdateObservers(objective -> {
            atDiscriminatorUpdate[0] = trainableWeights(discriminator);
            atDiscriminatorUpdate[1] = gradients(discriminator);
        }, objective -> atGeneratorUpdate[0] = trainableWeights(discriminator)));
        double[] expected = afterFirstAdamUpdate(atDiscriminatorUpdate[0], atDiscriminatorUpdate[1], lr, settings);
        assertThat(maxAbsDiff(atGeneratorUpdate[0], expected)).as("D's weights against one Adam update (lr %s)", lr)
                .isLessThan(tolerance);
        assertThat(maxAbsDiff(trainableWeights(discriminator), expected)).as("after the whole step").isLessThan(tolerance);
    }

    /** Every gradient of both updates is finite, more than half are non-zero, and every reported loss is finite. */
    public static void assertFiniteGradientsAndLosses(Block generator, Block discriminator, FirstStep step) {
        float[][] grads = new float[2][];
        Map<String, Double> losses = step.run(new UpdateObservers(objective -> grads[0] = gradients(discriminator),
                objective -> grads[1] = gradients(generator)));
        assertThat(nonFinite(grads[0])).as("NaN or infinite D gradients of %s", grads[0].length).isZero();
        assertThat(nonFinite(grads[1])).as("NaN or infinite G gradients of %s", grads[1].length).isZero();
        assertThat(nonZero(grads[0])).as("non-zero D gradients").isGreaterThan(grads[0].length / 2);
        assertThat(nonZero(grads[1])).as("non-zero G gradients").isGreaterThan(grads[1].length / 2);
        assertThat(losses.values()).allSatisfy(v -> assertThat(v).isFinite());
    }

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
