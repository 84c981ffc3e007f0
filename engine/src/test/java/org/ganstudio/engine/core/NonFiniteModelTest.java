package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.checkpoint.Manifest;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.dcgan.DcganImageGenerator;
import org.ganstudio.engine.pix2pix.Pix2PixImageTranslator;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model whose weights hold NaN or infinity (with a manifest that agrees) is refused, not announced as ready. */
class NonFiniteModelTest {

    @TempDir
    Path temp;

    @Test
    void aPix2PixWithNaNWeightsIsRefusedWithAPlainMessage() throws Exception {
        Path model = temp.resolve("poisoned");
        copy(Path.of("..", "models", "pix2pix-edges2shoes-64"), model);
        poison(model.resolve("generator.params"));
        assertThatThrownBy(() -> Pix2PixImageTranslator.open(model, Device.cpu())).isInstanceOf(StudioException.class)
                .hasMessageContaining("has weights that are not numbers (NaN/Inf); it cannot draw");
    }

    @Test
    void aDcganWithNaNWeightsIsRefusedWithAPlainMessage() throws Exception {
        TrainingRuns runs = new TrainingRuns((f, size, channels, p, c) -> ArrayTrainingData.darkSquares(4, size), "test");
        var end = runs.start(new DcganFamily(), new DcganConfig(28, 1, 4, 4, 4, 2e-4, 0.5), new RunSettings(2, 2, 1, 10, 10, 2),
                temp, temp.resolve("run"), Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.COMPLETED);
        Path checkpoint = temp.resolve("run/checkpoints/step-00000002");
        try (DcganImageGenerator intact = DcganImageGenerator.open(checkpoint, Device.cpu())) {
            assertThat(intact.imageSize()).isEqualTo(28);
        }
        poison(checkpoint.resolve("generator.params"));
        assertThatThrownBy(() -> DcganImageGenerator.open(checkpoint, Device.cpu())).isInstanceOf(StudioException.class)
                .hasMessageContaining("not numbers (NaN/Inf)");
    }

    /** 0xFF bytes read as NaN in any alignment and byte order; the manifest is rewritten so only the values lie. */
    private static void poison(Path weights) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(weights.toFile(), "rw")) {
            file.seek(file.length() * 3 / 4);
            file.write(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1});
        }
        Path folder = weights.getParent();
        Json.write(folder.resolve(Manifest.FILE_NAME), Manifest.of(folder));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
