package org.ganstudio.engine.singan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.train.StepRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinganTrainingTest {

    private static final long SEED = 17;

    @TempDir
    Path temp;

    /** Runs iterations [from, to) of the current scale; the random stream of each is a function of (scale, i). */
    private static List<Map<String, Double>> run(SinganTraining t, NDManager base, int from, int to) {
        List<Map<String, Double>> losses = new ArrayList<>();
        int k = t.currentScale();
        for (int i = from; i < to; i++) {
            try (NDManager step = base.newSubManager()) {
                losses.add(t.step(step, i, StepRandom.forStep(SEED, 1000L * k + i, 0)));
            }
        }
        return losses;
    }

    private static double mean(List<Map<String, Double>> losses, String key, int from, int to) {
        return losses.subList(from, to).stream().mapToDouble(l -> l.get(key)).average().orElseThrow();
    }

    @Test
    void theReconstructionErrorFallsAtEveryScale() {
        int iterations = 25;
        try (NDManager base = NDManager.newBaseManager();
                SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(iterations),
                        SEED, base)) {
            assertThat(t.pyramid().size()).isEqualTo(2);
            for (int k = 0; k < t.pyramid().size(); k++) {
                t.beginScale(k);
                double before = t.reconstructionError(k);
                List<Map<String, Double>> losses = run(t, base, 0, iterations);
                assertThat(losses.get(0).keySet()).containsExactlyElementsOf(SinganTraining.LOSSES);
                assertThat(losses).allSatisfy(l -> assertThat(l.values()).allMatch(Double::isFinite));
                double first = mean(losses, "reconstruction", 0, 3);
                double last = mean(losses, "reconstruction", iterations - 3, iterations);
                assertThat(last).as("scale %d: reconstruction MSE while training", k).isLessThan(first * 0.5);
                assertThat(t.reconstructionError(k)).as("scale %d: reconstruction in inference mode", k)
                        .isLessThan(before);
            }
            assertThat(t.noiseAmplitude(0)).isEqualTo(1.0);
            assertThat(t.noiseAmplitude(1)).isGreaterThan(0).isLessThan(0.2);
            t.finish();
            assertThat(t.isFinished()).isTrue();
            assertThat(t.preview().getWidth()).isGreaterThanOrEqualTo(2 * 32);
        }
    }

    @Test
    void scalesBeginInOrderAndBeginningTheCurrentOneAgainChangesNothing() {
        try (NDManager base = NDManager.newBaseManager();
                SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED, base)) {
            assertThatThrownBy(() -> t.beginScale(1)).isInstanceOf(IllegalStateException.class);
            t.beginScale(0);
            run(t, base, 0, 2);
            float[] before = t.currentWeights();
            t.beginScale(0);
            assertThat(t.currentWeights()).containsExactly(before);
            t.beginScale(1); // same feature count: starts from scale 0's weights
            assertThat(t.currentWeights()).containsExactly(before);
            assertThat(t.finishedScales()).isEqualTo(1);
        }
    }

    /** 2 iterations of scale 0, 3 of scale 1 in one go; and the same with a save and load after 1 of scale 1. */
    @Test
    void savingLoadingAndContinuingEqualsAnUninterruptedRun() throws Exception {
        float[] straight;
        List<Map<String, Double>> straightLosses;
        try (NDManager base = NDManager.newBaseManager();
                SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED, base)) {
            t.beginScale(0);
            run(t, base, 0, 2);
            t.beginScale(1);
            run(t, base, 0, 1);
            straightLosses = run(t, base, 1, 3);
            straight = t.currentWeights();
        }
        Path dir = Files.createDirectories(temp.resolve("save"));
        try (NDManager base = NDManager.newBaseManager()) {
            try (SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED, base)) {
                t.beginScale(0);
                run(t, base, 0, 2);
                t.beginScale(1);
                run(t, base, 0, 1);
                t.save(dir);
            }
            try (SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED, base)) {
                t.load(dir);
                assertThat(t.currentScale()).isEqualTo(1);
                t.beginScale(1);
                List<Map<String, Double>> resumed = run(t, base, 1, 3);
                float[] weights = t.currentWeights();
                assertThat(weights.length).isEqualTo(straight.length);
                double worst = 0;
                for (int i = 0; i < weights.length; i++) {
                    worst = Math.max(worst, Math.abs(weights[i] - straight[i]));
                }
                assertThat(worst).isLessThan(1e-6);
                assertThat(resumed).isEqualTo(straightLosses);
            }
        }
        SinganFiles.Saved saved = SinganFiles.read(dir);
        assertThat(SinganFiles.inferenceFiles(saved))
                .containsExactly("pyramid.json", "z-opt.floats", "scale-00.generator.params");
        assertThat(SinganFiles.resumeFiles(saved)).containsExactly("pyramid.json", "z-opt.floats",
                "scale-00.generator.params", "scale-01.generator.params", "scale-01.critic.params",
                "scale-01.generator.adam", "scale-01.critic.adam");
        for (String f : SinganFiles.resumeFiles(saved)) {
            assertThat(dir.resolve(f)).exists();
        }
    }

    @Test
    void stepsPreviewsAndReconstructionsLeaveNoArraysBehind() {
        try (NDManager base = NDManager.newBaseManager();
                SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED, base)) {
            t.beginScale(0);
            run(t, base, 0, 1);
            t.beginScale(1);
            run(t, base, 0, 1);
            int settled = t.heldArrays();
            run(t, base, 1, 3);
            t.preview();
            t.reconstruction(1);
            assertThat(t.heldArrays()).isEqualTo(settled);
        }
    }

    @Test
    void runWideIterationsMapToScalesAndIterationsWithin() {
        try (NDManager base = NDManager.newBaseManager();
                SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED, base)) {
            assertThat(t.totalIterations()).isEqualTo(8);
            assertThat(t.scaleAt(3)).isZero();
            assertThat(t.scaleAt(4)).isEqualTo(1);
            assertThat(t.iterationInScale(6)).isEqualTo(2);
        }
    }

    @Test
    void aSaveForAnotherSeedIsRefused() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("other"));
        try (NDManager base = NDManager.newBaseManager()) {
            try (SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED, base)) {
                t.beginScale(0);
                t.save(dir);
            }
            try (SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(4), SEED + 1,
                    base)) {
                assertThatThrownBy(() -> t.load(dir)).isInstanceOf(java.io.IOException.class);
            }
        }
    }
}
