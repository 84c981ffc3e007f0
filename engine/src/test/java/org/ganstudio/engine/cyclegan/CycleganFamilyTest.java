package org.ganstudio.engine.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.core.Families;
import org.ganstudio.engine.train.DataSpec;
import org.ganstudio.engine.train.ModelExport;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CycleGAN through the studio's one loop: it asks for unpaired data, a run resumed from a checkpoint ends with the
 * weights of an uninterrupted one, and the exported model opens as a translator from A to B.
 */
class CycleganFamilyTest {

    private static final CycleganConfig CONFIG = CycleganFixtures.tiny(1, 3);
    private static final int STEPS = 4;

    @TempDir
    Path temp;

    private final CycleganFamily family = new CycleganFamily();
    private final TrainingRuns runs = new TrainingRuns(
            spec -> (folder, size, channels, progress, cancelled) -> {
                assertThat(spec).isEqualTo(DataSpec.unpaired(ModelFamily.CYCLEGAN, 16, 1, 3));
                return CycleganFixtures.discsAndSquares(6, size, spec.inputChannels(), spec.outputChannels());
            },
            "test", Device::toString);

    private TrainingSnapshot train(Path run, int checkpointEvery) throws Exception {
        return runs.start(family, CONFIG, new RunSettings(STEPS, 2, 5, checkpointEvery, 100, 10), temp, run, Device.cpu(),
                s -> { }).completion().get();
    }

    @Test
    void aResumedRunEndsWithTheWeightsOfAnUninterruptedOneAndTheModelTranslatesAToB() throws Exception {
        Path whole = temp.resolve("whole");
        TrainingSnapshot end = train(whole, STEPS);
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(end.sampleGrid().getHeight()).as("two rows per preview sample, three samples").isEqualTo(6 * 16 + 7 * 2);

        Path run = temp.resolve("run");
        train(run, STEPS / 2);
        Path half = run.resolve("checkpoints/step-00000002");
        try (Stream<Path> files = Files.list(half)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsAll(family.trainingFiles(half));
        }
        TrainingSnapshot resumed = runs.resume(half, Map.of(ModelFamily.CYCLEGAN, family), Device.cpu(), s -> { })
                .completion().get();
        assertThat(resumed.state()).as(resumed.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(resumed.step()).isEqualTo(STEPS);
        assertThat(CycleganFixtures.maxAbsDiff(weights(whole), weights(run))).isLessThan(1e-5);
        assertThat(resumed.losses()).isEqualTo(end.losses());

        Path model = ModelExport.export(whole.resolve("checkpoints/step-00000004"), temp.resolve("model"), Families.all());
        assertThat(model.resolve(Direction.B_TO_A.file())).as("both directions are kept").exists();
        assertThat(model.resolve(CycleganModel.DISCRIMINATOR_A_FILE)).as("no discriminator in a model").doesNotExist();
        StudioEngine engine = Engines.create();
        try (ImageTranslator translator = engine.openTranslator(model)) {
            assertThat(translator.inputChannels()).isEqualTo(1);
            assertThat(translator.outputChannels()).isEqualTo(3);
            BufferedImage out = translator.translate(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
            assertThat(out.getWidth()).isEqualTo(16);
            assertThat(out.getHeight()).isEqualTo(16);
        }
        assertThatThrownBy(() -> engine.openGenerator(model)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is a CycleGAN model, not a DCGAN model");
    }

    private static float[] weights(Path run) throws Exception {
        try (CycleganModel model = new CycleganModel(CONFIG, Device.cpu(), 0)) {
            model.load(run.resolve("checkpoints/step-00000004"));
            return model.allWeights();
        }
    }

    @Test
    void theFamilyIsRegisteredWithUnpairedDataAndItsFormGivesThePapersModel() {
        assertThat(Families.get(ModelFamily.CYCLEGAN)).isInstanceOf(CycleganFamily.class);
        assertThat(family.dataKind()).isEqualTo(DataKind.UNPAIRED);
        assertThat(family.parseConfig(Map.of())).isEqualTo(CycleganConfig.paper());
        CycleganConfig small = family.parseConfig(Map.of("imageSize", "64", "channelsA", "grey", "lambdaIdentity", "0"));
        assertThat(small.residualBlocks()).isEqualTo(6);
        assertThat(small.channelsA()).isEqualTo(1);
        assertThat(family.parseConfig(Map.of("residualBlocks", "2")).residualBlocks()).isEqualTo(2);
        assertThat(family.modelFields()).extracting(f -> f.key()).contains("imageSize", "lambdaCycle", "poolSize");
        assertThat(family.inferenceFiles(temp)).isEqualTo(List.of("generator-ab.params", "generator-ba.params"));
    }
}
