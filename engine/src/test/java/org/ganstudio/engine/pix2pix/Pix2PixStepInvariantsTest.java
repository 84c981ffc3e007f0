package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ganstudio.engine.loss.ReferenceLosses.crossEntropy;
import static org.ganstudio.engine.loss.ReferenceLosses.doubles;
import static org.ganstudio.engine.loss.ReferenceLosses.leastSquares;
import static org.ganstudio.engine.loss.ReferenceLosses.meanAbsoluteDifference;
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
import java.util.function.Consumer;
import org.ganstudio.engine.optim.AdamSettings;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;
import org.ganstudio.engine.train.UpdateObservers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The numbers of one Pix2Pix step, read at the seam just before each network's Adam update: the halved D
 * objective, G's GAN + lambda L1 objective, D frozen during G's step, D moved by exactly its own update, finite
 * gradients, each recomputed in float64 from the networks' outputs on the same batch. Dropout is off so that
 * the test can run the generator again and get the step's fake.
 */
class Pix2PixStepInvariantsTest {

    private static final int SIZE = 64;
    private static final int BATCH = 2;
    private static final int IN_C = 1;
    private static final int OUT_C = 3;
    private static final int PLANE = SIZE * SIZE;

    private static Pix2PixConfig tiny(Pix2PixConfig.GanLoss loss, double lambda) {
        return new Pix2PixConfig(SIZE, IN_C, OUT_C, 4, 4, Pix2PixConfig.Norm.BATCH, loss, lambda, 0, 2e-4, 0.5, 0.5,
                Pix2PixConfig.Augmentation.NONE);
    }

    /** Two (input, target) pairs laid out as a batch: each sample's input channels, then its target's. */
    private static float[] pairs() {
        float[] buffer = new float[BATCH * (IN_C + OUT_C) * PLANE];
        PairFixtures.squares(BATCH, SIZE, IN_C, OUT_C).copyBatch(new int[] {0, 1}, buffer);
        return buffer;
    }

    /** Channels [from, from + count) of every sample of a batch with {@code channels} channels. */
    private static float[] channels(float[] batch, int channels, int from, int count) {
        float[] out = new float[BATCH * count * PLANE];
        for (int n = 0; n < BATCH; n++) {
            System.arraycopy(batch, (n * channels + from) * PLANE, out, n * count * PLANE, count * PLANE);
        }
        return out;
    }

    /** Input and output images joined along the channels per sample, input first: what D judges. */
    private static float[] joined(float[] inputs, float[] outputs) {
        float[] out = new float[BATCH * (IN_C + OUT_C) * PLANE];
        for (int n = 0; n < BATCH; n++) {
            System.arraycopy(inputs, n * IN_C * PLANE, out, n * (IN_C + OUT_C) * PLANE, IN_C * PLANE);
            System.arraycopy(outputs, n * OUT_C * PLANE, out, (n * (IN_C + OUT_C) + IN_C) * PLANE, OUT_C * PLANE);
        }
        return out;
    }

    private static double ganLoss(Pix2PixConfig config, double[] logits, double target) {
        return config.ganLoss() == Pix2PixConfig.GanLoss.LSGAN ? leastSquares(logits, target) : crossEntropy(logits, target);
    }

    /** Runs the model's first step on {@link #pairs()} with the two probes, and returns its losses. */
    private static Map<String, Double> firstStep(Pix2PixModel model, NDManager manager, Consumer<NDArray> beforeD,
            Consumer<NDArray> beforeG) {
        return firstStep(model, manager, new UpdateObservers(beforeD, beforeG));
    }

    /** Runs the model's first step on {@link #pairs()} with the observers, and returns its losses. */
    private static Map<String, Double> firstStep(Pix2PixModel model, NDManager manager, UpdateObservers observers) {
        model.observeUpdates(observers);
        try (NDManager step = manager.newSubManager()) {
            NDArray real = step.create(pairs(), new Shape(BATCH, IN_C + OUT_C, SIZE, SIZE));
            return model.trainStep(new TrainingBatch(step, real, 0, 10, StepRandom.forStep(7, 0, 0)));
        }
    }

    /** The pieces of the step recomputed by the test from the networks as they are when called. */
    private static final class Recomputation {
        private final Pix2PixModel model;
        private final NDManager manager;
        private final float[] pairs = pairs();
        private final float[] inputs = channels(pairs, IN_C + OUT_C, 0, IN_C);
        private final float[] targets = channels(pairs, IN_C + OUT_C, IN_C, OUT_C);

        Recomputation(Pix2PixModel model, NDManager manager) {
            this.model = model;
            this.manager = manager;
        }

        float[] fake() {
            NDArray x = manager.create(inputs, new Shape(BATCH, IN_C, SIZE, SIZE));
            return forward(model.generator().block(), x);
        }

        double[] logits(float[] outputs) {
            NDArray pair = manager.create(joined(inputs, outputs), new Shape(BATCH, IN_C + OUT_C, SIZE, SIZE));
            return doubles(forward(model.discriminator(), pair));
        }
    }

    @ParameterizedTest
    @EnumSource(Pix2PixConfig.GanLoss.class)
    void theDiscriminatorsObjectiveIsHalfTheSumOfItsLossesOnRealAndOnFakePairs(Pix2PixConfig.GanLoss loss) {
        Pix2PixConfig config = tiny(loss, 100);
        try (Pix2PixModel model = new Pix2PixModel(config, Device.cpu(), 3); NDManager manager = NDManager.newBaseManager()) {
            Recomputation again = new Recomputation(model, manager);
            double[] seen = new double[4];
            Map<String, Double> losses = firstStep(model, manager, objective -> {
                seen[0] = objective.getFloat();
                seen[1] = ganLoss(config, again.logits(again.targets), 1);
                seen[2] = ganLoss(config, again.logits(again.fake()), 0);
            }, objective -> {});
            double real = seen[1];
            double fake = seen[2];
            assertMatchesRecomputation(losses.get("D real"), real, "reported loss on real pairs");
            assertMatchesRecomputation(losses.get("D fake"), fake, "reported loss on fake pairs");
            assertMatchesRecomputation(seen[0], (real + fake) / 2,
                    String.format("D's objective, (real %.5f + fake %.5f) / 2 =", real, fake));
        }
    }

    @ParameterizedTest
    @CsvSource({"VANILLA, 100", "VANILLA, 2.5", "LSGAN, 10"})
    void theGeneratorsObjectiveIsItsGanTermPlusLambdaTimesTheL1ToTheTarget(Pix2PixConfig.GanLoss loss, double lambda) {
        Pix2PixConfig config = tiny(loss, lambda);
        try (Pix2PixModel model = new Pix2PixModel(config, Device.cpu(), 3); NDManager manager = NDManager.newBaseManager()) {
            Recomputation again = new Recomputation(model, manager);
            double[] seen = new double[3];
            Map<String, Double> losses = firstStep(model, manager, objective -> {}, objective -> {
                // D updated, G not yet: the networks the step's generator loss was taken with
                float[] fake = again.fake();
                seen[0] = objective.getFloat();
                seen[1] = ganLoss(config, again.logits(fake), 1);
                seen[2] = meanAbsoluteDifference(doubles(fake), doubles(again.targets));
            });
            double gan = seen[1];
            double l1 = seen[2];
            double total = gan + lambda * l1;
            assertMatchesRecomputation(losses.get("G GAN"), gan, "reported GAN term");
            assertMatchesRecomputation(losses.get("G L1"), l1, "reported L1 (without lambda)");
            assertMatchesRecomputation(seen[0], total, String.format("G's objective, %.5f + %s * %.5f =", gan, lambda, l1));
        }
    }

    @Test
    void inTheGeneratorsStepTheDiscriminatorGetsNoGradientAndItsWeightsStayPut() {
        try (Pix2PixModel model = new Pix2PixModel(tiny(Pix2PixConfig.GanLoss.VANILLA, 100), Device.cpu(), 3);
                NDManager manager = NDManager.newBaseManager()) {
            assertDiscriminatorFrozenInGeneratorStep(model.generator().block(), model.discriminator(),
                    observers -> firstStep(model, manager, observers));
        }
    }

    @Test
    void theDiscriminatorMovesByExactlyOneAdamUpdateOnTheGradientsOfItsOwnLoss() {
        Pix2PixConfig config = tiny(Pix2PixConfig.GanLoss.VANILLA, 100);
        try (Pix2PixModel model = new Pix2PixModel(config, Device.cpu(), 3); NDManager manager = NDManager.newBaseManager()) {
            assertDiscriminatorMovesByOneAdamUpdate(model.discriminator(), model.learningRate(0, 10),
                    AdamSettings.gan(config.beta1()), observers -> firstStep(model, manager, observers), 1e-7);
        }
    }

    @Test
    void everyGradientOfBothUpdatesIsFiniteAndSomeAreNonZero() {
        try (Pix2PixModel model = new Pix2PixModel(tiny(Pix2PixConfig.GanLoss.VANILLA, 100), Device.cpu(), 3);
                NDManager manager = NDManager.newBaseManager()) {
            assertFiniteGradientsAndLosses(model.generator().block(), model.discriminator(),
                    observers -> firstStep(model, manager, observers));
        }
    }
}
