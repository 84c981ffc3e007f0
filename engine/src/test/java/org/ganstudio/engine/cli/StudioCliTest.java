package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: train a tiny DCGAN on a folder of PNGs, list, resume, sample. */
class StudioCliTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final StudioCli cli = new StudioCli(new PrintStream(printed, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    private Path folderOfSquares(int n) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 40, 40);
            g.setColor(new java.awt.Color(40 + 20 * i, 60, 200));
            g.fillOval(8 + i, 8, 20, 20);
            g.dispose();
            ImageIO.write(image, "png", folder.resolve("img" + i + ".png").toFile());
        }
        Files.writeString(folder.resolve("broken.png"), "not a png");
        return folder;
    }

    @Test
    void trainResumeAndSampleATinyDcganFromTheCommandLine() throws Exception {
        Path data = folderOfSquares(6);
        Path run = temp.resolve("run");
        int trained = cli.run(List.of("train", "--data", data.toString(), "--out", run.toString(), "--set", "imageSize=28",
                "--set", "colour=grey", "--set", "latentSize=8", "--set", "generatorFeatures=8", "--set",
                "discriminatorFeatures=8", "--set", "steps=4", "--set", "batchSize=3", "--set", "checkpointEvery=2"));
        assertThat(trained).as(printed.toString()).isEqualTo(0);
        assertThat(printed.toString()).contains("COMPLETED").contains("step 4/4").contains("skipped 1: broken.png");
        BufferedImage preview = ImageIO.read(run.resolve("preview.png").toFile());
        assertThat(preview.getWidth()).as("the newest preview is kept in the run folder").isGreaterThan(28);

        printed.reset();
        assertThat(cli.run(List.of("checkpoints", "--dir", run.toString()))).isZero();
        assertThat(printed.toString()).contains("step 4/4").contains("step 2/4");

        Path grid = temp.resolve("out/grid.png");
        Path model = run.resolve("checkpoints/step-00000004");
        assertThat(cli.run(List.of("sample", "--model", model.toString(), "--n", "9", "--seed", "3", "--out", grid.toString())))
                .isZero();
        BufferedImage image = ImageIO.read(grid.toFile());
        assertThat(image.getWidth()).isEqualTo(3 * 28 + 4 * 2); // 3 columns of 28 px with 2 px padding

        Path emptyFolder = Files.createDirectories(temp.resolve("empty-folder"));
        Path fullFolder = Files.createDirectories(temp.resolve("full-folder"));
        Files.writeString(fullFolder.resolve("keep.txt"), "mine");
        for (Path folder : List.of(emptyFolder, fullFolder)) {
            errors.reset();
            assertThat(cli.run(List.of("sample", "--model", model.toString(), "--out", folder.toString()))).isEqualTo(1);
            assertThat(errors.toString(StandardCharsets.UTF_8)).contains(folder + " is a folder; --out names the PNG FILE");
            assertThat(folder).isDirectory();
        }
        assertThat(Files.readString(fullFolder.resolve("keep.txt"))).isEqualTo("mine");

        Path exported = temp.resolve("exported");
        assertThat(cli.run(List.of("export", "--model", model.toString(), "--out", exported.toString(), "--name",
                "Tiny shoes", "--dataset", "three shoes", "--recipe", "./studio train --data SHOES"))).isZero();
        assertThat(exported.resolve("discriminator.params")).doesNotExist();
        String card = Files.readString(exported.resolve("card.json"));
        assertThat(card).contains("\"Tiny shoes\"", "\"three shoes\"").doesNotContain(temp.toString());
        assertThat(Files.readString(exported.resolve("config.json"))).contains("three shoes")
                .doesNotContain(temp.toString());
        Path fromExport = temp.resolve("out/from-export.png");
        assertThat(cli.run(List.of("sample", "--model", exported.toString(), "--n", "9", "--seed", "3", "--out",
                fromExport.toString()))).isZero();
        assertThat(Files.readAllBytes(fromExport)).isEqualTo(Files.readAllBytes(grid));
    }

    @Test
    void aDivergedRunExitsWith3AndPrintsWhatHappenedAndWhereToGoBack() {
        String message = "Training diverged at step 8: loss D became NaN. step-00000006 is the last good checkpoint.";
        TrainingSnapshot diverged = new TrainingSnapshot(TrainingState.DIVERGED, 8, 20, 1, Map.of("D", Double.NaN), 0,
                Duration.ZERO, null, message, temp.resolve("run/checkpoints/step-00000006"));
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int code = Training.await(finished(diverged), out, new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(3);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains(message);
        assertThat(printed.toString()).doesNotContain("Run directory");
    }

    @Test
    void keepCheckpointsOutOfRangeIsRefusedBeforeTraining() throws Exception {
        Path data = folderOfSquares(2);
        int code = cli.run(List.of("train", "--data", data.toString(), "--out", temp.resolve("run").toString(), "--set",
                "keepCheckpoints=0"));
        assertThat(code).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("Checkpoints kept must be between 1 and 1000");
        assertThat(temp.resolve("run/checkpoints")).doesNotExist();
    }

    private TrainingHandle finished(TrainingSnapshot end) {
        return new TrainingHandle() {
            @Override
            public void pause() {}

            @Override
            public void resume() {}

            @Override
            public void cancel() {}

            @Override
            public TrainingState state() {
                return end.state();
            }

            @Override
            public Path runDirectory() {
                return temp.resolve("run");
            }

            @Override
            public CompletableFuture<TrainingSnapshot> completion() {
                return CompletableFuture.completedFuture(end);
            }
        };
    }

    @Test
    void mistakesGiveTheUsageAndExitCode2() {
        assertThat(cli.run(List.of("train", "--data"))).isEqualTo(2);
        assertThat(cli.run(List.of("frobnicate"))).isEqualTo(2);
        assertThat(cli.run(List.of("--help"))).isZero();
        assertThat(printed.toString()).contains("./studio sample");
    }

    @Test
    void aDamagedModelIsRefusedWithAClearMessage() throws Exception {
        Path notAModel = Files.createDirectories(temp.resolve("random-folder"));
        assertThat(cli.run(List.of("sample", "--model", notAModel.toString(), "--out", temp.resolve("x.png").toString())))
                .isEqualTo(1);
    }
}
