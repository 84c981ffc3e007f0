package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.CheckpointStore;
import org.ganstudio.engine.core.Families;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.ModelExport;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pix2PixImageTranslatorTest {

    /** Grey sketches to colour pictures, tiny. */
    private static final Pix2PixConfig CONFIG = Pix2PixConfig.paper().withImages(64, 1, 3).withFeatures(4, 4);

    @TempDir
    Path temp;
    private Path model;

    @BeforeEach
    void trainTwoStepsAndExportTheGenerator() throws Exception {
        TrainingRuns runs = new TrainingRuns(spec -> (folder, size, channels, progress, cancelled) ->
                new ArrayTrainingData(new float[3][channels * size * size], channels, size), "test", Device::toString);
        Path run = temp.resolve("run");
        var end = runs.start(new Pix2PixFamily(), CONFIG, new RunSettings(2, 1, 3, 100, 100, 2), temp, run, Device.cpu(), s -> { })
                .completion().get();
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        Path checkpoint = run.resolve("checkpoints").resolve(CheckpointStore.directoryName(2));
        model = ModelExport.export(checkpoint, temp.resolve("sketch2colour"), Families.all());
    }

    @Test
    void anExportedModelTranslatesAnyImageFittedToItsSizeAndChannels() throws Exception {
        BufferedImage photo = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);
        photo.setRGB(30, 30, 0xFF0000);
        try (Pix2PixImageTranslator translator = Pix2PixImageTranslator.open(model, Device.cpu())) {
            assertThat(translator.modelId()).isEqualTo("sketch2colour");
            assertThat(translator.imageSize()).isEqualTo(64);
            assertThat(translator.inputChannels()).isEqualTo(1);
            assertThat(translator.outputChannels()).isEqualTo(3);
            BufferedImage out = translator.translate(photo);
            assertThat(out.getWidth()).isEqualTo(64);
            assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            try (Pix2PixGenerator generator = Pix2PixGenerator.load(CONFIG, model, Device.cpu())) {
                float[] expected = generator.translate(ImageTensors.toChw(ImageFitter.fit(photo, 64), 1));
                BufferedImage direct = ImageTensors.fromChw(expected, 3, 64, 64);
                assertThat(Arrays.equals(pixels(out), pixels(direct))).isTrue();
            }
            assertThat(translator.exampleInputs()).isEmpty();
        }
    }

    @Test
    void examplesArePngFilesOfTheExamplesFolderInNameOrderAsTheModelTakesThem() throws Exception {
        Path examples = Files.createDirectories(model.resolve(Pix2PixImageTranslator.EXAMPLES));
        BufferedImage red = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        Arrays.fill(((java.awt.image.DataBufferInt) red.getRaster().getDataBuffer()).getData(), 0xFF0000);
        ImageIO.write(red, "png", examples.resolve("b.png").toFile());
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "png", examples.resolve("a.png").toFile());
        Files.writeString(examples.resolve("c.png"), "not a png");
        Files.writeString(examples.resolve("notes.txt"), "ignored");
        // examples belong to the model as export writes them: listed in its manifest (unlisted files are refused)
        org.ganstudio.engine.checkpoint.Json.write(model.resolve(org.ganstudio.engine.checkpoint.Manifest.FILE_NAME),
                org.ganstudio.engine.checkpoint.Manifest.of(model));
        try (Pix2PixImageTranslator translator = Pix2PixImageTranslator.open(model, Device.cpu())) {
            List<BufferedImage> found = translator.exampleInputs();
            assertThat(found).hasSize(2);
            assertThat(found.get(0).getWidth()).isEqualTo(8);
            assertThat(found.get(1).getWidth()).isEqualTo(20);
            assertThat(found.get(1).getType()).as("grey, as the model's input").isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        }
    }

    @Test
    void aFolderThatIsNotAPix2PixModelIsRefusedWithAMessage() {
        assertThatThrownBy(() -> Pix2PixImageTranslator.open(temp.resolve("missing"), Device.cpu()))
                .isInstanceOf(StudioException.class).hasMessageContaining("no model folder");
    }

    @Test
    void aDcganModelIsNotOpenedAsATranslator() throws Exception {
        TrainingRuns runs = new TrainingRuns((folder, size, channels, progress, cancelled) ->
                ArrayTrainingData.darkSquares(4, size), "test");
        var dcgan = new org.ganstudio.engine.dcgan.DcganConfig(28, 1, 8, 8, 8, 2e-4, 0.5);
        Path run = temp.resolve("dcgan");
        runs.start(new org.ganstudio.engine.dcgan.DcganFamily(), dcgan, new RunSettings(1, 2, 1, 100, 100, 2), temp, run,
                Device.cpu(), s -> { }).completion().get();
        Path checkpoint = run.resolve("checkpoints").resolve(CheckpointStore.directoryName(1));
        assertThatThrownBy(() -> Pix2PixImageTranslator.open(checkpoint, Device.cpu()))
                .isInstanceOf(StudioException.class).hasMessageContaining("not a Pix2Pix model");
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
