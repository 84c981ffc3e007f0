package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.BatchOrder;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pix2PixModelTest {

    private static final int SIZE = 64;
    private static final Pix2PixConfig TINY = new Pix2PixConfig(SIZE, 1, 3, 8, 8, Pix2PixConfig.Norm.BATCH,
            Pix2PixConfig.GanLoss.VANILLA, 100, 0.5, 2e-3, 0.5, 0.5, Pix2PixConfig.Augmentation.NONE);

    @TempDir
    Path temp;

    /** Trains {@code steps} steps of batch {@code batch} and returns each step's losses. */
    private static List<Map<String, Double>> train(Pix2PixModel model, ArrayTrainingData data, int steps, int batch) {
        BatchOrder order = new BatchOrder(7, data.size(), batch);
        int per = data.channels() * SIZE * SIZE;
        float[] buffer = new float[batch * per];
        List<Map<String, Double>> history = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int step = 0; step < steps; step++) {
                data.copyBatch(order.indicesForStep(step), buffer);
                try (NDManager stepManager = manager.newSubManager()) {
                    var real = stepManager.create(buffer, new Shape(batch, data.channels(), SIZE, SIZE));
                    history.add(model.trainStep(new TrainingBatch(stepManager, real, step, steps, StepRandom.forStep(7, step, 0))));
                }
            }
        }
        return history;
    }

    @Test
    void drawingAugmentationVariesTheGreyEdgeMapsOfABatchAndNothingElse() {
        ArrayTrainingData data = PairFixtures.squares(4, SIZE, 1, 3);
        int per = data.channels() * SIZE * SIZE;
        float[] batch = new float[4 * per];
        data.copyBatch(new int[] {0, 1, 2, 3}, batch);
        float[] before = batch.clone();
        try (Pix2PixModel plain = new Pix2PixModel(TINY, Device.cpu(), 3)) {
            plain.augment(batch, 4, StepRandom.forStep(1, 0, 1));
        }
        assertThat(batch).as("no augmentation").isEqualTo(before);
        int changedMaps = 0;
        try (Pix2PixModel drawings = new Pix2PixModel(TINY.withAugmentation(Pix2PixConfig.Augmentation.DRAWINGS), Device.cpu(), 3)) {
            for (int step = 0; step < 10; step++) {
                float[] copy = before.clone();
                drawings.augment(copy, 4, StepRandom.forStep(1, step, 1));
                for (int n = 0; n < 4; n++) {
                    int input = n * per;
                    int target = input + SIZE * SIZE;
                    assertThat(Arrays.copyOfRange(copy, target, input + per)).isEqualTo(Arrays.copyOfRange(before, target, input + per));
                    if (!Arrays.equals(copy, input, target, before, input, target)) {
                        changedMaps++;
                    }
                }
            }
        }
        assertThat(changedMaps).as("edge maps changed out of 40, about half (the rest stay clean)").isBetween(10, 32);
    }

    @Test
    void theGeneratorOverfitsAFewFixedPairsItsL1FallingBelowAThirdIn30Steps() {
        ArrayTrainingData data = PairFixtures.squares(4, SIZE, 1, 3);
        try (Pix2PixModel model = new Pix2PixModel(TINY, Device.cpu(), 3)) {
            List<Map<String, Double>> history = train(model, data, 30, 4);
            assertThat(history.get(0).keySet()).containsExactlyElementsOf(Pix2PixModel.LOSS_KEYS);
            double first = history.get(0).get("G L1");
            double last = history.subList(25, 30).stream().mapToDouble(l -> l.get("G L1")).average().orElseThrow();
            assertThat(last).as("mean L1 of the last 5 steps; first step %.3f", first).isLessThan(0.35 * first);
            assertThat(history).allSatisfy(l -> assertThat(l.values()).allSatisfy(v -> assertThat(v).isFinite()));
        }
    }

    @Test
    void savingAndLoadingGivesIdenticalOutputsAndTrainingGoesOnAfterALoad() throws Exception {
        ArrayTrainingData data = PairFixtures.squares(3, SIZE, 1, 3);
        float[] input = new float[SIZE * SIZE];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) Math.sin(i * 0.01);
        }
        Path saved = Files.createDirectories(temp.resolve("saved"));
        float[] expected;
        try (Pix2PixModel model = new Pix2PixModel(TINY, Device.cpu(), 3)) {
            train(model, data, 4, 2);
            expected = model.translate(input);
            model.save(saved);
        }
        try (Pix2PixModel other = new Pix2PixModel(TINY, Device.cpu(), 99)) {
            other.load(saved);
            assertThat(Arrays.equals(other.translate(input), expected)).isTrue();
            float[] before = other.allWeights();
            train(other, data, 1, 2); // gradients must be on again after the load
            assertThat(PairFixtures.maxAbsDiff(other.allWeights(), before)).isGreaterThan(0);
        }
        try (Pix2PixGenerator generator = Pix2PixGenerator.load(TINY, saved, Device.cpu())) {
            assertThat(Arrays.equals(generator.translate(input), expected)).isTrue();
        }
    }

    @Test
    void inferenceIsDeterministicAndLeavesTheWeightsAlone() {
        try (Pix2PixModel model = new Pix2PixModel(TINY, Device.cpu(), 3)) {
            float[] input = new float[2 * SIZE * SIZE];
            float[] before = model.allWeights();
            float[] a = model.translate(input);
            float[] b = model.translate(input);
            assertThat(a).hasSize(2 * 3 * SIZE * SIZE);
            assertThat(Arrays.equals(a, b)).isTrue();
            assertThat(Arrays.equals(model.allWeights(), before)).as("weights after two translations").isTrue();
        }
    }

    @Test
    void thePreviewShowsInputOutputAndTargetOfUpToFourPairsWithGreyInputsInGrey() {
        ArrayTrainingData data = PairFixtures.squares(6, SIZE, 1, 3);
        try (Pix2PixModel model = new Pix2PixModel(TINY, Device.cpu(), 3)) {
            BufferedImage blank = model.preview();
            assertThat(blank.getHeight()).isEqualTo(SIZE + 4);
            model.usePreviewData(data);
            BufferedImage sheet = model.preview();
            assertThat(sheet.getWidth()).isEqualTo(3 * SIZE + 8);
            assertThat(sheet.getHeight()).isEqualTo(4 * SIZE + 10);
            // pair 0's input: a dark square at rows 16..31, columns 16..47, on white
            assertThat(sheet.getRGB(2 + 20, 2 + 20) & 0xFFFFFF).isEqualTo(0x000000);
            assertThat(sheet.getRGB(2 + 5, 2 + 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            // its target: the square white; the band left of x = 8 is grey in R and B, darker in G (0.5 * 0 = 0)
            int target = sheet.getRGB(3 * 2 + 2 * SIZE + 20, 2 + 20) & 0xFFFFFF;
            assertThat(target).isEqualTo(0xFFBFFF);
            assertThat(model.preview().getRGB(SIZE + 10, 10)).as("the same output again").isEqualTo(sheet.getRGB(SIZE + 10, 10));
        }
    }
}
