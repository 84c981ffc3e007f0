package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.checkpoint.Manifest;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model folder that was damaged, truncated, tampered with or written by something else is refused clearly. */
class DamagedModelTest {

    @TempDir
    Path temp;

    private Path checkpoint;
    private final DefaultStudioEngine engine = new DefaultStudioEngine("test");

    @BeforeEach
    void trainTwoSteps() throws Exception {
        TrainingRuns runs = new TrainingRuns((f, size, channels, p, c) -> ArrayTrainingData.darkSquares(4, size), "test");
        var end = runs.start(new DcganFamily(), new DcganConfig(28, 1, 4, 4, 4, 2e-4, 0.5), new RunSettings(2, 2, 1, 10, 10, 2),
                temp, temp.resolve("run"), Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.COMPLETED);
        checkpoint = temp.resolve("run/checkpoints/step-00000002");
    }

    @Test
    void anIntactModelOpens() {
        try (ImageGenerator generator = engine.openGenerator(checkpoint)) {
            assertThat(generator.sampleGrid(4, 1).getWidth()).isEqualTo(2 * 28 + 3 * 2);
        }
    }

    @Test
    void aFlippedByteInTheWeightsIsReportedAsDamaged() throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(checkpoint.resolve("generator.params").toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0xFF);
        }
        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).isInstanceOf(StudioException.class)
                .hasMessageContaining("generator.params is damaged");
    }

    @Test
    void aTruncatedWeightsFileIsReported() throws Exception {
        Path weights = checkpoint.resolve("generator.params");
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).hasMessageContaining("truncated");
    }

    @Test
    void weightsThatPassTheManifestButDoNotFitAreStillRefusedClearly() throws Exception {
        Path weights = checkpoint.resolve("generator.params");
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Json.write(checkpoint.resolve(Manifest.FILE_NAME), Manifest.of(checkpoint)); // a consistent lie
        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).isInstanceOf(StudioException.class)
                .hasMessageContaining("generator weights").hasMessageContaining("cannot be loaded");
    }

    @Test
    void aFolderWithoutAManifestOrFromAnotherProgramIsNotAModel() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("holiday-photos"));
        assertThatThrownBy(() -> engine.openGenerator(plain)).hasMessageContaining("is not a GAN Studio model");
        Files.writeString(checkpoint.resolve(Manifest.FILE_NAME), "{\"format\":\"other-tool/3\",\"files\":{}}");
        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).hasMessageContaining("another program");
        Files.writeString(checkpoint.resolve(Manifest.FILE_NAME), "{ not json");
        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).hasMessageContaining("not valid");
    }

    @Test
    void resumingADamagedCheckpointFailsWithTheReasonAndTouchesNothing() throws Exception {
        Files.delete(checkpoint.resolve("discriminator.adam"));
        var end = engine.resumeTraining(checkpoint, s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.FAILED);
        assertThat(end.message()).contains("discriminator.adam is missing");
        assertThat(engine.listCheckpoints(temp.resolve("run"))).hasSize(1);
    }
}
