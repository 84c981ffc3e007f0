package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.Manifest;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.latent.DirectionFile;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./studio directions} end to end: the curated emoji faces and a tiny 64 px colour DCGAN trained 2 steps. */
class DirectionsCommandTest {

    private static final Path FACES = Path.of("..", "assets", "datasets", "emoji-faces-64");

    @TempDir
    Path temp;

    private Path tinyModel() throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        float[][] images = new float[4][3 * 64 * 64];
        for (float[] image : images) {
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        TrainingRuns runs = new TrainingRuns((f, size, channels, p, c) -> new ArrayTrainingData(images, 3, 64), "test");
        var end = runs.start(new DcganFamily(), new DcganConfig(64, 3, 8, 4, 4, 2e-4, 0.5), new RunSettings(2, 2, 1, 10, 10, 2),
                temp, temp.resolve("run"), Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.COMPLETED);
        return temp.resolve("run/checkpoints/step-00000002");
    }

    @Test
    void learnsTheSlidersOfTheCuratedFacesPrintsTheTableAndSavesThemWithTheModel() throws Exception {
        Path model = tinyModel();

        CliHarness.Result result = CliHarness.run("directions", "--model", model.toString(), "--data", FACES.toString(),
                "--samples", "64", "--seed", "3");

        assertThat(result.code()).as(result.printed()).isZero();
        assertThat(result.out()).contains("864 labelled images").contains("slider").contains("accuracy").contains("note")
                .containsPattern("smile +\\d+ +\\d+ +[01]\\.\\d{3} +[01]\\.\\d{3} +[01]\\.\\d{3}")
                .containsPattern("Skipped cat \\(14\\+ / \\d+-\\): fewer than 20 examples on a side")
                .contains("directions written to");
        DirectionFile.Contents saved = DirectionFile.read(model.resolve(DirectionFile.FILE_NAME), 8);
        assertThat(saved.entries()).extracting(e -> e.direction().name())
                .contains("smile", "woman / man", "skin tone", "glasses", "beard", "old");
        assertThat(saved.entries()).allSatisfy(e -> {
            assertThat(e.direction().kind()).isEqualTo(LatentDirection.Kind.ATTRIBUTE);
            assertThat(e.balancedAccuracy()).isBetween(0.0, 1.0);
            assertThat(e.positives()).isGreaterThanOrEqualTo(20);
        });
        assertThat(saved.samples()).isEqualTo(64);
        assertThat(saved.data()).isEqualTo("emoji-faces-64");
        assertThat(Manifest.read(model.resolve(Manifest.FILE_NAME)).files()).containsKey(DirectionFile.FILE_NAME);
        assertThat(Manifest.read(model.resolve(Manifest.FILE_NAME)).firstProblem(model)).isNull();
    }

    @Test
    void theTableMarksAWeakClassifierAndADirectionWithLittleEffect() {
        LatentDirection d = new LatentDirection("smile", LatentDirection.Kind.ATTRIBUTE, new float[] {1, 0}, 1);
        assertThat(DirectionsCommand.note(new DirectionFile.Entry(d, 30, 30, 0.9, 0.1, 0.8))).isEmpty();
        assertThat(DirectionsCommand.note(new DirectionFile.Entry(d, 30, 30, 0.6, 0.1, 0.8))).isEqualTo("weak classifier");
        assertThat(DirectionsCommand.note(new DirectionFile.Entry(d, 30, 30, 0.9, 0.1, 0.2))).isEqualTo("little effect");
    }

    @Test
    void aFolderWithoutLabelsIsRefusedAndTheModelIsLeftAlone() throws Exception {
        Path model = tinyModel();
        Path unlabelled = Files.createDirectories(temp.resolve("photos"));

        CliHarness.Result result = CliHarness.run("directions", "--model", model.toString(), "--data", unlabelled.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("has no labels.tsv");
        assertThat(model.resolve(DirectionFile.FILE_NAME)).doesNotExist();
    }
}
