package org.ganstudio.engine.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.ImageDomain;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.api.TranslationDirection;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.core.Families;
import org.ganstudio.engine.train.ModelExport;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CycleGAN opened with both generators: a tiny model (grey A, colour B) trained for 2 steps and exported translates
 * either way with the right channels and size; models of one-way or no translation are refused in words.
 */
class CycleganTwoWayTranslatorTest {

    private static final CycleganConfig CONFIG = CycleganFixtures.tiny(1, 3);
    private static final Path SKETCH_MODEL = Path.of("..", "models", "pix2pix-edges2shoes-64");
    private static final Path FACES_MODEL = Path.of("..", "models", "dcgan-emoji-faces-64");

    @TempDir
    Path temp;

    private Path trainedModel() throws Exception {
        TrainingRuns runs = new TrainingRuns(spec -> (folder, size, channels, progress, cancelled) ->
                CycleganFixtures.discsAndSquares(6, size, spec.inputChannels(), spec.outputChannels()),
                "test", Device::toString);
        Path run = temp.resolve("run");
        TrainingSnapshot end = runs.start(new CycleganFamily(), CONFIG, new RunSettings(2, 2, 5, 2, 100, 10), temp, run,
                Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        return ModelExport.export(run.resolve("checkpoints/step-00000002"), temp.resolve("model"), Families.all());
    }

    @Test
    void anExportedModelTranslatesBothWaysWithEachDomainsChannelsAndSize() throws Exception {
        Path model = trainedModel();
        StudioEngine engine = Engines.create();
        try (TwoWayTranslator translator = engine.openTwoWayTranslator(model)) {
            assertThat(translator.domainA()).isEqualTo(new ImageDomain("A", 1));
            assertThat(translator.domainB()).isEqualTo(new ImageDomain("B", 3));
            assertThat(translator.imageSize()).isEqualTo(16);
            BufferedImage colour = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            BufferedImage back = translator.translate(colour, TranslationDirection.B_TO_A);
            assertThat(back.getWidth()).isEqualTo(16);
            assertThat(back.getHeight()).isEqualTo(16);
            assertThat(back.getColorModel().getNumColorComponents()).as("A is grey").isEqualTo(1);
            BufferedImage there = translator.translate(colour, TranslationDirection.A_TO_B);
            assertThat(there.getColorModel().getNumColorComponents()).as("B is colour").isEqualTo(3);
            assertThat(translator.translate(colour)).as("one way is A to B").satisfies(out ->
                    assertThat(out.getColorModel().getNumColorComponents()).isEqualTo(3));
        }
    }

    @Test
    void pix2pixAndDcganModelsAreRefusedNamingTheFamilyThatTranslatesBothWays() {
        StudioEngine engine = Engines.create();
        assertThatThrownBy(() -> engine.openTwoWayTranslator(SKETCH_MODEL)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is a Pix2Pix model, not a CycleGAN model");
        assertThatThrownBy(() -> engine.openTwoWayTranslator(FACES_MODEL)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is a DCGAN model, not a CycleGAN model");
        assertThat(ModelFamily.CYCLEGAN.displayName()).isEqualTo("CycleGAN");
    }

    @Test
    void theCardNamesTheDomainsAndAModelWithoutNamesCallsThemAAndB() throws Exception {
        Files.writeString(temp.resolve("card.json"), "{\"name\": \"Horses\", \"domainA\": \" horses \", \"domainB\": \"zebras\"}");
        CycleganTwoWayTranslator.DomainNames named = CycleganTwoWayTranslator.DomainNames.of(temp);
        assertThat(named.nameOfA()).isEqualTo("horses");
        assertThat(named.nameOfB()).isEqualTo("zebras");
        CycleganTwoWayTranslator.DomainNames none = CycleganTwoWayTranslator.DomainNames.of(temp.resolve("nothing"));
        assertThat(none.nameOfA()).isEqualTo("A");
        assertThat(none.nameOfB()).isEqualTo("B");
    }
}
