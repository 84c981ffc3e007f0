package org.ganstudio.engine.singan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.PhaseProgress;
import org.ganstudio.engine.api.PyramidScale;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingPlan;
import org.ganstudio.engine.api.TrainingRequest;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.core.Families;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.ModelExport;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SinGAN through the studio's one loop: its scales are the run's phases, each ends in a checkpoint, a run resumed
 * inside a scale ends where an uninterrupted one does, and the exported model opens by capability.
 */
class SinganFamilyTest {

    @TempDir
    Path temp;

    private static final SinganConfig CONFIG = SinganTestImages.tiny(3);
    private final SinganFamily family = new SinganFamily();
    private final TrainingRuns runs = new TrainingRuns((folder, size, channels, progress, cancelled) -> picture(), "test");
    private final List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();

    private static ArrayTrainingData picture() {
        BufferedImage image = SinganTestImages.picture();
        return new ArrayTrainingData(new float[][] {ImageTensors.toChw(image, 3)}, 3, image.getHeight(), image.getWidth());
    }

    private static List<String> checkpoints(Path run) throws Exception {
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private TrainingSnapshot train(Path run, int checkpointEvery) throws Exception {
        return runs.start(family, CONFIG, new RunSettings(1000, 1, 7, checkpointEvery, 100, 10), temp, run, Device.cpu(),
                seen::add).completion().get();
    }

    @Test
    void eachScaleIsAPhaseWithACheckpointAndTheExportedPyramidSamplesAnySize() throws Exception {
        Path run = temp.resolve("run");
        TrainingSnapshot end = train(run, 100);
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(end.totalSteps()).as("2 scales x 3 iterations, not the form's 1000").isEqualTo(6);
        assertThat(end.phase()).isEqualTo(new PhaseProgress("Scale 2 of 2: 32x24", 1, 2, 3, 3));
        assertThat(checkpoints(run)).containsExactly("step-00000003", "step-00000006");
        assertThat(seen).anyMatch(s -> s.message().startsWith("Scale 1 of 2: 16x12 done; checkpoint step-00000003"));

        Path model = ModelExport.export(run.resolve("checkpoints/step-00000006"), temp.resolve("model"), Families.all());
        assertThat(model.resolve(SinganModel.PICTURE)).exists();
        assertThat(model.resolve(SinganFiles.critic(1))).as("no critic in a model").doesNotExist();
        StudioEngine engine = Engines.create();
        try (MultiScaleSampler sampler = engine.openMultiScaleSampler(model)) {
            assertThat(sampler.scales()).containsExactly(new PyramidScale(0, 16, 12), new PyramidScale(1, 32, 24));
            assertThat(sampler.trainingImage().getRGB(8, 8)).isEqualTo(SinganTestImages.picture().getRGB(8, 8));
            BufferedImage wide = sampler.sample(64, 24, 0, 5);
            assertThat(wide.getWidth()).isEqualTo(64);
            assertThat(wide.getHeight()).isEqualTo(24);
            assertThat(pixels(sampler.sample(32, 24, 1, 5))).as("the same seed, the same picture")
                    .isEqualTo(pixels(sampler.sample(32, 24, 1, 5)));
            BufferedImage big = sampler.superResolve(2, 1);
            assertThat(big.getWidth()).isEqualTo(64);
            assertThat(big.getHeight()).isEqualTo(48);
            List<BufferedImage> frames = sampler.animate(4, 1, 0.5, 3, () -> false);
            assertThat(frames).hasSize(4);
            assertThatThrownBy(() -> sampler.inject(SinganTestImages.picture(), null, 0, 1))
                    .isInstanceOf(StudioException.class).hasMessageContaining("scales 1 to 1");
        }
        assertThatThrownBy(() -> engine.openGenerator(model)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is a SinGAN model, not a DCGAN model");
    }

    @Test
    void aMaskKeepsThePictureOutsideItAndTheInjectedResultInsideIt() throws Exception {
        Path run = temp.resolve("run");
        train(run, 100);
        try (MultiScaleSampler sampler = Engines.create().openMultiScaleSampler(run.resolve("checkpoints/step-00000006"))) {
            BufferedImage painted = SinganTestImages.picture();
            BufferedImage whole = sampler.inject(painted, null, 1, 9);
            BufferedImage mask = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    mask.setRGB(x, y, 0xFFFFFF);
                }
            }
            BufferedImage blended = sampler.inject(painted, mask, 1, 9);
            assertThat(blended.getRGB(31, 23) & 0xFFFFFF).as("far from the mask: the picture")
                    .isEqualTo(painted.getRGB(31, 23) & 0xFFFFFF);
            assertThat(blended.getRGB(1, 1) & 0xFFFFFF).as("inside the mask: the generated picture")
                    .isEqualTo(whole.getRGB(1, 1) & 0xFFFFFF);
        }
    }

    /**
     * The first SinGAN training of a process ends a few float roundings away from later ones with the same seed (the
     * weights differ in their last bits; found, not yet explained), so resumed and uninterrupted runs are compared by
     * what they draw: within one grey level.
     */
    @Test
    void aRunResumedInsideAScaleDrawsWhatAnUninterruptedOneDraws() throws Exception {
        Path whole = temp.resolve("whole");
        train(whole, 100);
        Path run = temp.resolve("run");
        train(run, 2);
        assertThat(checkpoints(run)).contains("step-00000002", "step-00000003", "step-00000004");
        TrainingSnapshot resumed = runs.resume(run.resolve("checkpoints/step-00000004"),
                Map.of(ModelFamily.SINGAN, family), Device.cpu(), s -> { }).completion().get();
        assertThat(resumed.state()).as(resumed.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(resumed.step()).isEqualTo(6);
        StudioEngine engine = Engines.create();
        try (MultiScaleSampler a = engine.openMultiScaleSampler(whole.resolve("checkpoints/step-00000006"));
                MultiScaleSampler b = engine.openMultiScaleSampler(run.resolve("checkpoints/step-00000006"))) {
            int[] expected = pixels(a.sample(32, 24, 0, 11));
            int[] got = pixels(b.sample(32, 24, 0, 11));
            int worst = 0;
            for (int i = 0; i < got.length; i++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs(((got[i] >> shift) & 0xFF) - ((expected[i] >> shift) & 0xFF)));
                }
            }
            assertThat(worst).as("largest difference in grey levels").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void thePlanShowsThePyramidOfThePictureAndAnEstimate() throws Exception {
        Path picture = temp.resolve("boats.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        TrainingPlan plan = Engines.create().planTraining(new TrainingRequest(ModelFamily.SINGAN, picture, temp.resolve("r"),
                Map.of("schedule", "fast"), null));
        assertThat(plan.phases()).hasSizeGreaterThan(2);
        TrainingPlan.Phase finest = plan.phases().get(plan.phases().size() - 1);
        assertThat(finest.width()).isEqualTo(200);
        assertThat(finest.height()).isEqualTo(150);
        assertThat(finest.steps()).isEqualTo(600);
        assertThat(plan.estimate().toSeconds()).isPositive();
        assertThat(plan.note()).contains("TFLOP", "GFLOP/s");
        TrainingPlan paper = Engines.create().planTraining(new TrainingRequest(ModelFamily.SINGAN, picture,
                temp.resolve("r"), Map.of("schedule", "paper"), null));
        assertThat(paper.estimate()).as("the paper's schedule costs far more").isGreaterThan(plan.estimate().multipliedBy(20));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void thePapersScheduleIsTheDefaultOnAGpuAndTheFastOneOnACpu() {
        assertThat(family.modelFields(Device.gpu()).get(0).defaultValue()).isEqualTo("paper");
        assertThat(family.modelFields(Device.cpu()).get(0).defaultValue()).isEqualTo("fast");
        assertThat(family.parseConfig(Map.of()).schedule()).isEqualTo(SinganConfig.Schedule.FAST);
        assertThat(family.parseConfig(Map.of("schedule", "paper", "maxSize", "300")).maxSize()).isEqualTo(300);
    }

    @Test
    void everyShippedSinganOpensAndDrawsAtAnotherSize() throws Exception {
        List<Path> shipped;
        try (Stream<Path> folders = Files.list(Path.of("..", "models"))) {
            shipped = folders.filter(f -> f.getFileName().toString().startsWith("singan-") && Files.isDirectory(f)).toList();
        }
        assertThat(shipped).as("at least the two shipped backgrounds").hasSizeGreaterThanOrEqualTo(2);
        StudioEngine engine = Engines.create();
        for (Path folder : shipped) {
            try (MultiScaleSampler sampler = engine.openMultiScaleSampler(folder)) {
                PyramidScale finest = sampler.scales().get(sampler.scales().size() - 1);
                assertThat(sampler.scales()).as(folder.toString()).hasSizeGreaterThanOrEqualTo(3);
                assertThat(sampler.trainingImage().getWidth()).isEqualTo(finest.width());
                BufferedImage wide = sampler.sample(2 * finest.width(), finest.height(), 1, 3);
                assertThat(wide.getWidth()).isEqualTo(2 * finest.width());
            }
        }
    }

    @Test
    void theFormLeavesOutTheStepsAndBatchThatTheScalesDecide() {
        var form = org.ganstudio.engine.train.RunFields.formFor(family, 1);
        assertThat(form).extracting(org.ganstudio.engine.api.ConfigField::key).doesNotContain("steps", "batchSize")
                .contains("schedule", "seed", "checkpointEvery");
        RunSettings run = org.ganstudio.engine.train.RunFields.parse(form, Map.of("seed", "4"));
        assertThat(run.batchSize()).isEqualTo(1);
        assertThat(run.seed()).isEqualTo(4);
        assertThatThrownBy(() -> org.ganstudio.engine.train.RunFields.parse(form, Map.of("steps", "10")))
                .isInstanceOf(StudioException.class).hasMessageContaining("no setting named steps");
    }
}
