package org.ganstudio.engine.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.TrainingBatch;
import org.junit.jupiter.api.Test;

/** On two tiny unpaired domains (white discs on black, black squares on white) the cycle loss falls clearly. */
class CycleganLearningTest {

    private static final int STEPS = 40;
    private static final int BATCH = 2;
    private static final int SIZE = 16;

    @Test
    void theCycleLossFallsWithinAFewDozenSteps() {
        CycleganConfig config = CycleganFixtures.tiny(1, 1);
        ArrayTrainingData data = CycleganFixtures.discsAndSquares(8, SIZE, 1, 1);
        double first = 0;
        double last = 0;
        int window = 5;
        try (CycleganModel model = new CycleganModel(config, Device.cpu(), 21)) {
            for (int step = 0; step < STEPS; step++) {
                float[] batch = new float[BATCH * 2 * SIZE * SIZE];
                data.copyBatch(new int[] {(2 * step) % 8, (2 * step + 1) % 8}, batch);
                try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
                    Map<String, Double> losses = model.trainStep(new TrainingBatch(m,
                            m.create(batch, new Shape(BATCH, 2, SIZE, SIZE)), step, STEPS, new SplittableRandom(step)));
                    assertThat(losses.keySet()).containsExactlyElementsOf(CycleganModel.LOSS_KEYS);
                    assertThat(losses.values()).allMatch(Double::isFinite);
                    double cycle = losses.get("Cycle A") + losses.get("Cycle B");
                    if (step < window) {
                        first += cycle / window;
                    } else if (step >= STEPS - window) {
                        last += cycle / window;
                    }
                }
            }
        }
        assertThat(last).as("cycle L1 of the last steps against the first (%.3f)", first).isLessThan(0.5 * first);
    }
}
