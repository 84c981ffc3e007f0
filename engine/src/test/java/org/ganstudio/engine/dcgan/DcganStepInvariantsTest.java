package org.ganstudio.engine.dcgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ganstudio.engine.loss.ReferenceLosses.crossEntropy;
import static org.ganstudio.engine.loss.ReferenceLosses.doubles;
import static org.ganstudio.engine.loss.ReferenceLosses.meanSigmoid;
import static org.ganstudio.engine.train.StepInspection.afterFirstAdamUpdate;
import static org.ganstudio.engine.train.StepInspection.assertMatchesRecomputation;
import static org.ganstudio.engine.train.StepInspection.forward;
import static org.ganstudio.engine.train.StepInspection.gradients;
import static org.ganstudio.engine.train.StepInspection.maxAbsDiff;
import static org.ganstudio.engine.train.StepInspection.nonFinite;
import static org.ganstudio.engine.train.StepInspection.nonZero;
import static org.ganstudio.engine.train.StepInspection.trainableWeights;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.ganstudio.engine.optim.AdamSettings;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;
import org.junit.jupiter.api.Test;

/**
 * The numbers of one DCGAN step, read at the seam just before each network's Adam update: D frozen during G's
 * step, D moved by exactly its own update, finite gradients, and losses equal to a float64 recomputation from
 * the networks' logits.
 */
class DcganStepInvariantsTest {

    private static final int SIZE = 28;
    private static final int BATCH = 8;
    private static final long SEED = 3;
    private static final DcganConfig TINY = new DcganConfig(SIZE, 1, 8, 8, 8, 2e-3, 0.5);
    private static final Shape IMAGES = new Shape(BATCH, 1, SIZE, SIZE);

    private static float[] realImages() {
        ArrayTrainingData data = ArrayTrainingData.darkSquares(BATCH, SIZE);
        float[] buffer = new float[BATCH * SIZE * SIZE];
        data.copyBatch(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, buffer);
        return buffer;
    }

    /** The step's noise: its first draw from the step's random source. */
    private static float[] stepLatents() {
        return StepRandom.gaussian(StepRandom.forStep(SEED, 0, 0), BATCH * TINY.latentSize());
    }

    /** Runs the model's first step on {@link #realImages()} with the two probes, and returns its losses. */
    private static Map<String, Double> firstStep(DcganModel model, NDManager manager, Consumer<NDArray> beforeD,
            Consumer<NDArray> beforeG) {
        model.observeUpdates(beforeD, beforeG);
        try (NDManager step = manager.newSubManager()) {
            NDArray real = step.create(realImages(), IMAGES);
            return model.trainStep(new TrainingBatch(step, real, 0, 10, StepRandom.forStep(SEED, 0, 0)));
        }
    }

    @Test
    void inTheGeneratorsStepTheDiscriminatorGetsNoGradientAndItsWeightsStayPut() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            float[] dBefore = trainableWeights(model.discriminator());
            float[] gBefore = trainableWeights(model.generator());
            float[][] dAtGeneratorUpdate = new float[2][];
            firstStep(model, manager, objective -> {}, objective -> {
                dAtGeneratorUpdate[0] = trainableWeights(model.discriminator());
                dAtGeneratorUpdate[1] = gradients(model.discriminator());
            });
            assertThat(nonZero(dAtGeneratorUpdate[1])).as("non-zero D gradients left by G's backward").isZero();
            assertThat(Arrays.equals(trainableWeights(model.discriminator()), dAtGeneratorUpdate[0]))
                    .as("D's weights after G's update equal those before it").isTrue();
            assertThat(Arrays.equals(dAtGeneratorUpdate[0], dBefore)).as("D learnt in its own step").isFalse();
            assertThat(Arrays.equals(trainableWeights(model.generator()), gBefore)).as("G learnt in its step").isFalse();
        }
    }

    @Test
    void theDiscriminatorMovesByExactlyOneAdamUpdateOnTheGradientsOfItsOwnLoss() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            float[][] atDiscriminatorUpdate = new float[2][];
            float[][] atGeneratorUpdate = new float[1][];
            firstStep(model, manager, objective -> {
                atDiscriminatorUpdate[0] = trainableWeights(model.discriminator());
                atDiscriminatorUpdate[1] = gradients(model.discriminator());
            }, objective -> atGeneratorUpdate[0] = trainableWeights(model.discriminator()));
            double[] expected = afterFirstAdamUpdate(atDiscriminatorUpdate[0], atDiscriminatorUpdate[1],
                    TINY.learningRate(), AdamSettings.gan(TINY.beta1()));
            assertThat(maxAbsDiff(atGeneratorUpdate[0], expected)).as("D's weights against one Adam update (lr %s)",
                    TINY.learningRate()).isLessThan(1e-6);
            assertThat(maxAbsDiff(trainableWeights(model.discriminator()), expected)).as("after the whole step").isLessThan(1e-6);
        }
    }

    @Test
    void everyGradientOfBothUpdatesIsFiniteAndSomeAreNonZero() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            float[][] grads = new float[2][];
            Map<String, Double> losses = firstStep(model, manager, objective -> grads[0] = gradients(model.discriminator()),
                    objective -> grads[1] = gradients(model.generator()));
            assertThat(nonFinite(grads[0])).as("NaN or infinite D gradients of %s", grads[0].length).isZero();
            assertThat(nonFinite(grads[1])).as("NaN or infinite G gradients of %s", grads[1].length).isZero();
            assertThat(nonZero(grads[0])).as("non-zero D gradients").isGreaterThan(grads[0].length / 2);
            assertThat(nonZero(grads[1])).as("non-zero G gradients").isGreaterThan(grads[1].length / 2);
            assertThat(losses.values()).allSatisfy(v -> assertThat(v).isFinite());
        }
    }

    @Test
    void theFirstStepsLossesMatchAFloat64RecomputationFromTheNetworksLogits() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            NDArray z = manager.create(stepLatents(), new Shape(BATCH, TINY.latentSize(), 1, 1));
            NDArray real = manager.create(realImages(), IMAGES);
            Map<String, Double> expected = new LinkedHashMap<>();
            Map<String, Double> objectives = new LinkedHashMap<>();
            Map<String, Double> losses = firstStep(model, manager, objective -> {
                // D and G as they are when D's loss is taken: both untouched
                objectives.put("D", (double) objective.getFloat());
                NDArray fake = manager.create(forward(model.generator(), z), IMAGES);
                double[] realLogits = doubles(forward(model.discriminator(), real));
                double[] fakeLogits = doubles(forward(model.discriminator(), fake));
                expected.put("D", crossEntropy(realLogits, 1) + crossEntropy(fakeLogits, 0));
                expected.put("D(x)", meanSigmoid(realLogits));
                expected.put("D(G(z))", meanSigmoid(fakeLogits));
            }, objective -> {
                // D updated, G not yet
                objectives.put("G", (double) objective.getFloat());
                NDArray fake = manager.create(forward(model.generator(), z), IMAGES);
                expected.put("G", crossEntropy(doubles(forward(model.discriminator(), fake)), 1));
            });
            assertThat(losses.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((name, value) -> {
                assertMatchesRecomputation(losses.get(name), value, "reported " + name);
                if (objectives.containsKey(name)) {
                    assertMatchesRecomputation(objectives.get(name), value, "objective of " + name + "'s update");
                }
            });
        }
    }
}
