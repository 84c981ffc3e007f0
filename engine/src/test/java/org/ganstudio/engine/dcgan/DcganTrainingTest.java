package org.ganstudio.engine.dcgan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.BatchOrder;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;
import org.junit.jupiter.api.Test;

/** Tiny-data learning: numbers that must move in the expected direction within 160 steps of a tiny model. */
class DcganTrainingTest {

    private static final int SIZE = 28;
    private static final DcganConfig TINY = new DcganConfig(SIZE, 1, 8, 8, 8, 2e-3, 0.5);

    private static double distanceToDataMean(DcganModel model, float[] dataMean) {
        float[] latents = StepRandom.gaussian(StepRandom.forStep(99, 0, 0), 32 * TINY.latentSize());
        float[] images = model.generate(latents);
        int per = SIZE * SIZE;
        double total = 0;
        for (int p = 0; p < per; p++) {
            double mean = 0;
            for (int i = 0; i < 32; i++) {
                mean += images[i * per + p] / 32.0;
            }
            total += Math.abs(mean - dataMean[p]);
        }
        return total / per;
    }

    @Test
    void discriminatorLearnsToSeparateAndGeneratorMovesTowardsTheData() {
        ArrayTrainingData data = ArrayTrainingData.darkSquares(12, SIZE);
        BatchOrder order = new BatchOrder(3, data.size(), 8);
        float[] buffer = new float[8 * SIZE * SIZE];
        List<Map<String, Double>> history = new ArrayList<>();
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), 3);
                NDManager manager = NDManager.newBaseManager()) {
            double before = distanceToDataMean(model, data.mean());
            for (int step = 0; step < 160; step++) {
                data.copyBatch(order.indicesForStep(step), buffer);
                try (NDManager stepManager = manager.newSubManager()) {
                    var real = stepManager.create(buffer, new Shape(8, 1, SIZE, SIZE));
                    history.add(model.trainStep(new TrainingBatch(stepManager, real, step, 160, StepRandom.forStep(3, step, 0))));
                }
            }
            double after = distanceToDataMean(model, data.mean());
            double earlyGap = history.get(0).get("D(x)") - history.get(0).get("D(G(z))");
            double laterGap = averageGap(history.subList(5, 15));
            assertThat(laterGap).as("D(x) - D(G(z)) once D has had a few steps").isGreaterThan(earlyGap + 0.1);
            assertThat(after).as("mean |E[G(z)] - E[x]| per pixel, before %.3f", before).isLessThan(0.6 * before);
            assertThat(history).allSatisfy(l -> assertThat(l.values()).allSatisfy(v -> assertThat(v).isFinite()));
        }
    }

    @Test
    void stepsAndSamplingDoNotAccumulateArraysWithTheWeights() {
        ArrayTrainingData data = ArrayTrainingData.darkSquares(8, SIZE);
        float[] buffer = new float[8 * SIZE * SIZE];
        float[] latents = new float[4 * TINY.latentSize()];
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), 3);
                NDManager manager = NDManager.newBaseManager()) {
            int[] settled = new int[1];
            for (int step = 0; step < 6; step++) {
                data.copyBatch(new BatchOrder(3, data.size(), 8).indicesForStep(step), buffer);
                try (NDManager stepManager = manager.newSubManager()) {
                    var real = stepManager.create(buffer, new Shape(8, 1, SIZE, SIZE));
                    model.trainStep(new TrainingBatch(stepManager, real, step, 6, StepRandom.forStep(3, step, 0)));
                }
                if (step == 1) {
                    settled[0] = model.manager().getManagedArrays().size();
                } else if (step > 1) {
                    assertThat(model.manager().getManagedArrays().size()).as("after step " + step).isEqualTo(settled[0]);
                }
            }
            model.generate(latents);
            int sampling = model.manager().getManagedArrays().size();
            model.generate(latents);
            model.generate(latents);
            assertThat(model.manager().getManagedArrays().size()).isEqualTo(sampling);
        }
    }

    private static double averageGap(List<Map<String, Double>> window) {
        return window.stream().mapToDouble(l -> l.get("D(x)") - l.get("D(G(z))")).average().orElseThrow();
    }
}
