package org.ganstudio.engine.dcgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ganstudio.engine.loss.ReferenceLosses.crossEntropy;
import static org.ganstudio.engine.loss.ReferenceLosses.doubles;
import static org.ganstudio.engine.loss.ReferenceLosses.meanSigmoid;
import static org.ganstudio.engine.train.StepInspection.assertDiscriminatorFrozenInGeneratorStep;
import static org.ganstudio.engine.train.StepInspection.assertDiscriminatorMovesByOneAdamUpdate;
import static org.ganstudio.engine.train.StepInspection.assertFiniteGradientsAndLosses;
import static org.ganstudio.engine.train.StepInspection.assertMatchesRecomputation;
import static org.ganstudio.engine.train.StepInspection.forward;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganstudio.engine.optim.AdamSettings;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;
import org.ganstudio.engine.train.UpdateObservers;
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

    /** Runs the model's first step on {@link #realImages()} with the observers, and returns its losses. */
    private static Map<String, Double> firstStep(DcganModel model, NDManager manager, UpdateObservers observers) {
        model.observeUpdates(observers);
        try (NDManager step = manager.newSubManager()) {
            NDArray real = step.create(realImages(), IMAGES);
            return model.trainStep(new TrainingBatch(step, real, 0, 10, StepRandom.forStep(SEED, 0, 0)));
        }
    }

    @Test
    void inTheGeneratorsStepTheDiscriminatorGetsNoGradientAndItsWeightsStayPut() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            assertDiscriminatorFrozenInGeneratorStep(model.generator(), model.discriminator(),
                    observers -> firstStep(model, manager, observers));
        }
    }

    @Test
    void theDiscriminatorMovesByExactlyOneAdamUpdateOnTheGradientsOfItsOwnLoss() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            assertDiscriminatorMovesByOneAdamUpdate(model.discriminator(), TINY.learningRate(),
                    AdamSettings.gan(TINY.beta1()), observers -> firstStep(model, manager, observers), 1e-6);
        }
    }

    @Test
    void everyGradientOfBothUpdatesIsFiniteAndSomeAreNonZero() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            assertFiniteGradientsAndLosses(model.generator(), model.discriminator(),
                    observers -> firstStep(model, manager, observers));
        }
    }

    @Test
    void theFirstStepsLossesMatchAFloat64RecomputationFromTheNetworksLogits() {
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), SEED); NDManager manager = NDManager.newBaseManager()) {
            NDArray z = manager.create(stepLatents(), new Shape(BATCH, TINY.latentSize(), 1, 1));
            NDArray real = manager.create(realImages(), IMAGES);
            Map<String, Double> expected = new LinkedHashMap<>();
            Map<String, Double> objectives = new LinkedHashMap<>();
            Map<String, Double> losses = firstStep(model, manager, new UpdateObservers(objective -> {
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
            }));
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
