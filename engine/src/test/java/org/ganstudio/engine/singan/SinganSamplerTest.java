package org.ganstudio.engine.singan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.StepRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinganSamplerTest {

    @TempDir
    static Path temp;

    private static Path saved;
    private static BufferedImage trainedReconstruction;

    /**
     * Two scales, 12 iterations each, then finished and saved. (After 3 iterations the samples of two seeds were
     * still equal at 8 bits: inference uses BatchNorm's running statistics, which lag the first steps.)
     */
    @BeforeAll
    static void trainAndSave() throws IOException {
        saved = Files.createDirectories(temp.resolve("pyramid"));
        try (NDManager base = NDManager.newBaseManager();
                SinganTraining t = new SinganTraining(SinganTestImages.picture(), SinganTestImages.tiny(12), 5, base)) {
            for (int k = 0; k < t.pyramid().size(); k++) {
                t.beginScale(k);
                for (int i = 0; i < 12; i++) {
                    try (NDManager step = base.newSubManager()) {
                        t.step(step, i, StepRandom.forStep(5, 100L * k + i, 0));
                    }
                }
            }
            t.finish();
            trainedReconstruction = t.reconstruction(t.pyramid().size() - 1);
            t.save(saved);
        }
    }

    private static float[] pixels(BufferedImage image) {
        return ImageTensors.toChw(image, 3);
    }

    @Test
    void aReloadedPyramidGivesTheSameImageForTheSameSeed() throws IOException {
        try (NDManager base = NDManager.newBaseManager();
                SinganSampler a = SinganSampler.load(saved, base);
                SinganSampler b = SinganSampler.load(saved, base)) {
            assertThat(a.scales()).isEqualTo(2);
            assertThat(pixels(a.sample(0, 32, 24, 9))).containsExactly(pixels(b.sample(0, 32, 24, 9)));
            assertThat(pixels(a.sample(0, 32, 24, 9))).isNotEqualTo(pixels(a.sample(0, 32, 24, 10)));
            assertThat(pixels(a.reconstruction())).containsExactly(pixels(trainedReconstruction));
        }
    }

    @Test
    void samplesComeAtAnySizeFromAnyStartScaleAndFromAnInjectedImage() throws IOException {
        try (NDManager base = NDManager.newBaseManager(); SinganSampler s = SinganSampler.load(saved, base)) {
            BufferedImage wide = s.sample(0, 48, 20, 3);
            assertThat(wide.getWidth()).isEqualTo(48);
            assertThat(wide.getHeight()).isEqualTo(20);
            BufferedImage fromOne = s.sample(1, 40, 30, 3);
            assertThat(fromOne.getWidth()).isEqualTo(40);
            assertThat(fromOne.getHeight()).isEqualTo(30);
            BufferedImage painted = s.inject(SinganTestImages.picture(), 1, 4);
            assertThat(painted.getWidth()).isEqualTo(32);
            assertThat(painted.getHeight()).isEqualTo(24);
            assertThat(pixels(s.inject(SinganTestImages.picture(), 1, 4))).containsExactly(pixels(painted));
            assertThatThrownBy(() -> s.sample(2, 32, 24, 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void onlyTheInferenceFilesAreNeeded() throws IOException {
        Path inference = Files.createDirectories(temp.resolve("inference"));
        for (String f : SinganFiles.inferenceFiles(saved)) {
            Files.copy(saved.resolve(f), inference.resolve(f));
        }
        assertThat(SinganFiles.inferenceFiles(saved)).noneMatch(f -> f.contains("critic") || f.endsWith(".adam"));
        try (NDManager base = NDManager.newBaseManager();
                SinganSampler a = SinganSampler.load(inference, base);
                SinganSampler b = SinganSampler.load(saved, base)) {
            assertThat(pixels(a.sample(0, 32, 24, 2))).containsExactly(pixels(b.sample(0, 32, 24, 2)));
        }
    }
}
