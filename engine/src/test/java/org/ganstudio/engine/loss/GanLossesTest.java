package org.ganstudio.engine.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ganstudio.engine.loss.ReferenceLosses.crossEntropy;
import static org.ganstudio.engine.loss.ReferenceLosses.doubles;
import static org.ganstudio.engine.loss.ReferenceLosses.leastSquares;
import static org.ganstudio.engine.loss.ReferenceLosses.meanSigmoid;
import static org.ganstudio.engine.loss.ReferenceLosses.sigmoid;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link GanLosses} against values worked out by hand and against the definitions written again in double
 * ({@link ReferenceLosses}), on small tensors, at logits large enough to overflow a naive formula, and through
 * autograd against the hand-derived gradients.
 */
class GanLossesTest {

    private static final double LN2 = Math.log(2);
    private static final double LN3 = Math.log(3);
    /** Logits of every sign and size, as a (2, 1, 2, 2) patch map. */
    private static final float[] MIXED = {-3f, -0.5f, 0f, 0.25f, 1f, 2f, 4.5f, -1.25f};
    private static final Shape PATCHES = new Shape(2, 1, 2, 2);
    /** Logits where e^|x| overflows float32 (from |x| = 89) and 1 - sigmoid(x) rounds to 0 even in double. */
    private static final float[] LARGE = {50f, -50f, 100f, -100f, 1000f, -1000f};

    private static double value(Function<NDArray, NDArray> loss, float[] values, Shape shape) {
        try (NDManager m = NDManager.newBaseManager()) {
            return loss.apply(m.create(values, shape)).getFloat();
        }
    }

    private static double value(Function<NDArray, NDArray> loss, float... values) {
        return value(loss, values, new Shape(values.length));
    }

    /** d loss / d x for every element of x, by autograd. */
    private static float[] gradient(Function<NDArray, NDArray> loss, float... values) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(values);
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(loss.apply(x));
            }
            return x.getGradient().toFloatArray();
        }
    }

    @Test
    void bceWithLogitsMatchesHandComputedCrossEntropies() {
        // sigmoid(0) = 1/2 and sigmoid(ln 3) = 3/4
        assertThat(value(x -> GanLosses.bceWithLogits(x, 1f), 0f, 0f, 0f)).isCloseTo(LN2, within(1e-7));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 0f), 0f)).isCloseTo(LN2, within(1e-7));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 1f), 0f, (float) LN3))
                .as("(-ln 1/2 - ln 3/4) / 2").isCloseTo((LN2 + Math.log(4.0 / 3)) / 2, within(1e-7));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 0f), 0f, (float) LN3))
                .as("(-ln 1/2 - ln 1/4) / 2").isCloseTo(1.5 * LN2, within(1e-7));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 0.9f), (float) LN3))
                .as("-(0.9 ln 3/4 + 0.1 ln 1/4)").isCloseTo(-(0.9 * Math.log(0.75) + 0.1 * Math.log(0.25)), within(1e-6));
    }

    @Test
    void bceWithLogitsIsTheMeanOverEveryPatchOfTheDefinition() {
        for (float target : new float[] {1f, 0f, 0.9f}) {
            assertThat(value(x -> GanLosses.bceWithLogits(x, target), MIXED, PATCHES)).as("target %s", target)
                    .isCloseTo(crossEntropy(doubles(MIXED), target), within(1e-6));
        }
    }

    @Test
    void bceWithLogitsStaysFiniteAndExactAtLogitsOfMagnitude50To1000() {
        // a confident right answer costs e^-|x| (below float resolution here), a confident wrong one |x|
        assertThat(value(x -> GanLosses.bceWithLogits(x, 1f), 100f)).isCloseTo(0, within(1e-6));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 0f), -100f)).isCloseTo(0, within(1e-6));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 1f), -100f)).isCloseTo(100, within(1e-5));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 0f), 100f)).isCloseTo(100, within(1e-5));
        assertThat(value(x -> GanLosses.bceWithLogits(x, 1f), 50f, -50f)).isCloseTo(25, within(1e-5));
        for (float target : new float[] {1f, 0f, 0.9f}) {
            double loss = value(x -> GanLosses.bceWithLogits(x, target), LARGE);
            assertThat(loss).as("target %s", target).isFinite()
                    .isCloseTo(crossEntropy(doubles(LARGE), target), within(1e-4));
        }
    }

    @Test
    void bceWithLogitsGradientIsSigmoidMinusTargetOverTheCount() {
        float[] logits = {-100f, -50f, -3f, -0.5f, 0f, 0.25f, 2f, 50f, 100f};
        for (float target : new float[] {1f, 0f, 0.9f}) {
            float[] grad = gradient(x -> GanLosses.bceWithLogits(x, target), logits);
            for (int i = 0; i < logits.length; i++) {
                assertThat((double) grad[i]).as("d/dx at x = %s, target %s", logits[i], target)
                        .isFinite().isCloseTo((sigmoid(logits[i]) - target) / logits.length, within(1e-7));
            }
        }
    }

    @Test
    void leastSquaresIsTheMeanSquaredDistanceToTheTarget() {
        assertThat(value(x -> GanLosses.leastSquares(x, 1f), -1.5f, 0f, 0.5f, 2f))
                .as("(6.25 + 1 + 0.25 + 1) / 4").isCloseTo(2.125, within(1e-7));
        assertThat(value(x -> GanLosses.leastSquares(x, 0f), -1.5f, 0f, 0.5f, 2f))
                .as("(2.25 + 0 + 0.25 + 4) / 4").isCloseTo(1.625, within(1e-7));
        assertThat(value(x -> GanLosses.leastSquares(x, 1f), 100f, -100f)).as("(99^2 + 101^2) / 2").isCloseTo(10001, within(1e-3));
        for (float target : new float[] {1f, 0f}) {
            assertThat(value(x -> GanLosses.leastSquares(x, target), MIXED, PATCHES)).as("target %s", target)
                    .isCloseTo(leastSquares(doubles(MIXED), target), within(1e-6));
        }
    }

    @Test
    void leastSquaresGradientIsTwiceTheDifferenceOverTheCount() {
        float[] outputs = {-100f, -1.5f, 0f, 0.5f, 2f, 100f};
        for (float target : new float[] {1f, 0f}) {
            float[] grad = gradient(x -> GanLosses.leastSquares(x, target), outputs);
            for (int i = 0; i < outputs.length; i++) {
                assertThat((double) grad[i]).as("d/dx at x = %s, target %s", outputs[i], target)
                        .isCloseTo(2.0 * (outputs[i] - target) / outputs.length, within(1e-5));
            }
        }
    }

    @Test
    void meanProbabilityIsTheMeanSigmoidAndSaturatesCleanlyAtLargeLogits() {
        try (NDManager m = NDManager.newBaseManager()) {
            assertThat(GanLosses.meanProbability(m.create(new float[] {0f, (float) LN3, (float) -LN3})))
                    .as("(1/2 + 3/4 + 1/4) / 3").isCloseTo(0.5, within(1e-7));
            assertThat(GanLosses.meanProbability(m.create(MIXED, PATCHES))).isCloseTo(meanSigmoid(doubles(MIXED)), within(1e-6));
            assertThat(GanLosses.meanProbability(m.create(new float[] {100f, 1000f}))).isCloseTo(1, within(1e-7));
            assertThat(GanLosses.meanProbability(m.create(new float[] {-100f, -1000f}))).isCloseTo(0, within(1e-7));
            assertThat(GanLosses.meanProbability(m.create(LARGE))).isFinite().isCloseTo(0.5, within(1e-7));
        }
    }
}
