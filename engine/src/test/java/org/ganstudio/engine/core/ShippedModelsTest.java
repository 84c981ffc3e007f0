package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Path;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.dcgan.DcganImageGenerator;
import org.ganstudio.engine.pix2pix.Pix2PixImageTranslator;
import org.ganstudio.engine.train.SavedCheckpoint;
import org.junit.jupiter.api.Test;

/** The models in the repository's models/ folder were written before config.json had a schema; they still open. */
class ShippedModelsTest {

    private static final Path MODELS = Path.of("..", "models");

    @Test
    void theShippedDcganOpensAndSamples() {
        Path folder = MODELS.resolve("dcgan-fashion-shoes-28");
        assertThat(SavedCheckpoint.open(folder).config().family()).isEqualTo(ModelFamily.DCGAN);
        try (DcganImageGenerator generator = DcganImageGenerator.open(folder, Device.cpu())) {
            assertThat(generator.imageSize()).isEqualTo(28);
            assertThat(generator.sampleGrid(1, 1)).isNotNull();
        }
    }

    @Test
    void theShippedPix2PixOpensWithItsExamples() {
        Path folder = MODELS.resolve("pix2pix-edges2shoes-64");
        try (Pix2PixImageTranslator translator = Pix2PixImageTranslator.open(folder, Device.cpu())) {
            assertThat(translator.imageSize()).isEqualTo(64);
            assertThat(translator.exampleInputs()).hasSize(24);
            assertThat(translator.trainingEdges()).isPresent();
        }
    }
}
