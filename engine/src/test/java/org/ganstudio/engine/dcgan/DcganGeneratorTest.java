package org.ganstudio.engine.dcgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.List;
import org.ganstudio.engine.api.FeatureMask;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator alone: the same images as the full model, hidden layers, masks, and the latent's gradient. */
class DcganGeneratorTest {

    private static final DcganConfig TINY = new DcganConfig(32, 3, 8, 4, 4, 2e-4, 0.5);

    @TempDir
    Path temp;

    @Test
    void theGeneratorAloneDrawsExactlyWhatTheFullModelDrawsAfterTrainingAndSaving() throws Exception {
        float[] z = StepRandom.gaussian(StepRandom.forStep(3, 0, 0), 5 * TINY.latentSize());
        float[] expected;
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), 11); NDManager m = NDManager.newBaseManager()) {
            for (int step = 0; step < 2; step++) { // moves BatchNorm's running statistics away from (0, 1)
                try (NDManager stepManager = m.newSubManager()) {
                    NDArray real = stepManager.randomUniform(-1, 1, new Shape(4, 3, 32, 32));
                    model.trainStep(new TrainingBatch(stepManager, real, step, Long.MAX_VALUE, StepRandom.forStep(1, step, 0)));
                }
            }
            model.save(temp);
            expected = model.generate(z);
        }
        try (DcganGenerator generator = DcganGenerator.load(TINY, temp, Device.cpu())) {
            assertThat(generator.generate(z)).containsExactly(expected);
            assertThat(generator.firstNonFiniteWeight()).isEmpty();
        }
    }

    @Test
    void anInitialisedGeneratorHasTheFullModelsGeneratorWeights() {
        float[] z = StepRandom.gaussian(StepRandom.forStep(4, 0, 0), 2 * TINY.latentSize());
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), 5);
                DcganGenerator generator = DcganGenerator.initialised(TINY, Device.cpu(), 5)) {
            assertThat(generator.generate(z)).containsExactly(model.generate(z));
        }
    }

    @Test
    void theHiddenLayersAreTheReluBlocksWithTheirMapsAndSizes() {
        try (DcganGenerator generator = DcganGenerator.initialised(TINY, Device.cpu(), 1)) {
            assertThat(generator.hiddenLayers()).containsExactly(new DcganGenerator.Hidden(16, 4),
                    new DcganGenerator.Hidden(8, 8), new DcganGenerator.Hidden(4, 16));
            float[] z = StepRandom.gaussian(StepRandom.forStep(4, 0, 0), 3 * TINY.latentSize());
            assertThat(generator.activations(z, 1, FeatureMask.NONE)).hasSize(3 * 8 * 8 * 8);
            for (float value : generator.activations(z, 2, FeatureMask.NONE)) {
                assertThat(value).isGreaterThanOrEqualTo(0f); // after ReLU
            }
        }
        try (DcganGenerator paper = DcganGenerator.initialised(DcganConfig.paper(), Device.cpu(), 1)) {
            assertThat(paper.hiddenLayers()).containsExactly(new DcganGenerator.Hidden(512, 4),
                    new DcganGenerator.Hidden(256, 8), new DcganGenerator.Hidden(128, 16), new DcganGenerator.Hidden(64, 32));
        }
    }

    @Test
    void switchingOffEveryMapOfTheLastHiddenLayerLeavesTanhOfZero() {
        // the last up-convolution has no bias and no BatchNorm, so a zero input gives tanh(0) = 0 everywhere
        FeatureMask allOff = FeatureMask.NONE;
        for (int map = 0; map < 4; map++) {
            allOff = allOff.with(2, map, true);
        }
        try (DcganGenerator generator = DcganGenerator.initialised(TINY, Device.cpu(), 2)) {
            float[] z = StepRandom.gaussian(StepRandom.forStep(5, 0, 0), TINY.latentSize());
            float[] image = generator.generate(z, allOff);
            assertThat(image).hasSize(3 * 32 * 32).containsOnly(0f);
            assertThat(generator.generate(z)).isNotEqualTo(image);
        }
    }

    @Test
    void switchingOneMapOffChangesTheImageAndSwitchingItBackRestoresItExactly() {
        try (DcganGenerator generator = DcganGenerator.initialised(TINY, Device.cpu(), 3)) {
            float[] z = StepRandom.gaussian(StepRandom.forStep(6, 0, 0), TINY.latentSize());
            float[] plain = generator.generate(z);
            FeatureMask off = FeatureMask.NONE.with(1, 3, true);
            float[] without = generator.generate(z, off);
            assertThat(without).isNotEqualTo(plain);
            assertThat(generator.generate(z, off.with(1, 3, false))).containsExactly(plain);
            // the map is zero in its own layer's output only through the mask of the layer after
            float[] layer2 = generator.activations(z, 2, off);
            assertThat(layer2).isNotEqualTo(generator.activations(z, 2, FeatureMask.NONE));
        }
    }

    @Test
    void aMaskOutsideTheHiddenLayersIsRefused() {
        try (DcganGenerator generator = DcganGenerator.initialised(TINY, Device.cpu(), 3)) {
            float[] z = new float[TINY.latentSize()];
            assertThatThrownBy(() -> generator.generate(z, FeatureMask.NONE.with(3, 0, true)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> generator.generate(z, FeatureMask.NONE.with(0, 16, true)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theLatentsGradientIsTheL1LossesSlopeAsFiniteDifferencesMeasureIt() {
        try (DcganGenerator generator = DcganGenerator.initialised(TINY, Device.cpu(), 4)) {
            int size = TINY.latentSize();
            float[] target = generator.generate(StepRandom.gaussian(StepRandom.forStep(7, 0, 0), size));
            float[] z = StepRandom.gaussian(StepRandom.forStep(8, 0, 0), 2 * size);
            float[] distances = new float[2];
            float[] gradient = generator.l1Gradient(z, target, 0.01, distances);
            assertThat(gradient).hasSize(2 * size);
            assertThat(distances[0]).isPositive();
            double step = 1e-2;
            for (int i : List.of(0, 3, size + 5)) {
                float[] plus = z.clone();
                float[] minus = z.clone();
                plus[i] += (float) step;
                minus[i] -= (float) step;
                double slope = (loss(generator, plus, target) - loss(generator, minus, target)) / (2 * step);
                assertThat(gradient[i]).isCloseTo((float) slope, org.assertj.core.data.Offset.offset(
                        (float) (0.05 * Math.abs(slope) + 2e-5)));
            }
        }
    }

    private static double loss(DcganGenerator generator, float[] z, float[] target) {
        float[] distances = new float[2];
        generator.l1Gradient(z, target, 0.01, distances);
        double prior = 0;
        for (float v : z) {
            prior += v * v;
        }
        return distances[0] + distances[1] + 0.01 * prior / TINY.latentSize();
    }
}
