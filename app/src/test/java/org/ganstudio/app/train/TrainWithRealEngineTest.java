package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tiny DCGAN and a tiny Pix2Pix trained from the Train panel on the real engine, as a person would. */
@ExtendWith(ApplicationExtension.class)
class TrainWithRealEngineTest {

    @TempDir
    static Path temp;

    private final StudioEngine engine = Engines.create();
    private TrainViewModel model;

    @Start
    void start(Stage stage) {
        model = new TrainViewModel(engine, new BackgroundTasks());
        Scene scene = new Scene(new TrainView(model), 1280, 900);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown().join(); // the engine closes only after the run has stopped
        engine.close();
    }

    private static Path folderOfDiscs(int n) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("discs"));
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 32, 32);
            g.setColor(Color.DARK_GRAY);
            g.fillOval(6 + i % 3, 6, 20, 20);
            g.dispose();
            ImageIO.write(image, "png", folder.resolve("disc" + i + ".png").toFile());
        }
        return folder;
    }

    private static void set(FxRobot robot, String key, String value) {
        robot.interact(() -> {
            var node = robot.lookup("#field-" + key).query();
            if (node instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<String> choice = (ComboBox<String>) box;
                choice.setValue(value);
            } else {
                ((TextField) node).setText(value);
            }
        });
    }

    @Test
    void aTinyDcganTrainsFromThePanelAndLeavesACheckpoint(FxRobot robot) throws Exception {
        Path data = folderOfDiscs(6);
        robot.clickOn("#dataset-path").write(data.toString()).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.scanProperty().get() != null);
        assertThat(model.scanProperty().get().usable()).isEqualTo(6);
        set(robot, "imageSize", "28");
        set(robot, "colour", "grey");
        set(robot, "latentSize", "8");
        set(robot, "generatorFeatures", "8");
        set(robot, "discriminatorFeatures", "8");
        set(robot, "steps", "12");
        set(robot, "batchSize", "4");
        set(robot, "previewEvery", "4");
        set(robot, "checkpointEvery", "6");
        robot.interact(() -> model.runDirectoryProperty().set(temp.resolve("run").toString()));

        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.stateProperty().get() == TrainingState.COMPLETED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#checkpoint-list").queryAs(ListView.class).getItems().size() == 2);

        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName()).containsExactly("D", "D(x)", "D(G(z))", "G");
        assertThat(chart.getData().get(0).getData().size()).isGreaterThanOrEqualTo(2);
        ImageView sample = robot.lookup("#sample-view").queryAs(ImageView.class);
        assertThat(sample.getImage()).isNotNull();
        assertThat(sample.getImage().getWidth()).isEqualTo(8 * 28 + 9 * 2); // 64 previews, 8 columns
        ListView<CheckpointInfo> list = robot.lookup("#checkpoint-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(CheckpointInfo::step).containsExactlyInAnyOrder(12L, 6L);
    }

    @Test
    void aTinySinganTrainsOnOnePictureWithItsPlanAndScalesShown(FxRobot robot, @TempDir Path own) throws Exception {
        // its own folder: the panel lists the checkpoints of the folder that holds runs, so the other tests' shared
        // folder must not gain this run's

        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(90, 150, 220));
        g.fillRect(0, 0, 60, 40);
        g.setColor(new Color(40, 120, 40));
        g.fillRect(0, 26, 60, 14);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(24, 12, 10, 16);
        g.dispose();
        Path picture = own.resolve("tree.png");
        ImageIO.write(image, "png", picture.toFile());
        robot.interact(() -> model.familyProperty().set(ModelFamily.SINGAN));
        assertThat(robot.lookup("#dataset-heading").queryAs(Label.class).getText()).isEqualTo("Training picture");
        assertThat(robot.lookup("#sample-caption").queryAs(Label.class).getText()).contains("reconstruction");
        robot.clickOn("#dataset-path").write(picture.toString()).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.scanProperty().get() != null);
        assertThat(model.scanSummaryProperty().get()).startsWith("1 picture, 60x40");
        set(robot, "maxSize", "40");
        set(robot, "iterationsPerScale", "2");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.planTextProperty().get().startsWith("2 scales") && model.planTextProperty().get().contains("40x27"));
        assertThat(robot.lookup("#training-plan").queryAs(Label.class).getText()).contains("4 steps", "about");
        robot.interact(() -> model.runDirectoryProperty().set(own.resolve("singan-run").toString()));

        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.stateProperty().get() == TrainingState.COMPLETED);
        assertThat(model.stepTextProperty().get()).isEqualTo("Step 4 / 4 · Scale 2 of 2: 40x27 (2 / 2)");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#checkpoint-list").queryAs(ListView.class).getItems().size() == 2);
        ImageView sample = robot.lookup("#sample-view").queryAs(ImageView.class);
        assertThat(sample.getImage()).as("a sample beside the reconstruction").isNotNull();
    }

    @Test
    void aTinyCycleganTrainsFromThePanelOnTwoUnpairedFolders(FxRobot robot, @TempDir Path own) throws Exception {
        for (String domain : new String[] {"A", "B"}) {
            Path folder = Files.createDirectories(own.resolve("shapes").resolve(domain));
            for (int i = 0; i < 3; i++) {
                BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
                var g = image.createGraphics();
                g.setColor(domain.equals("A") ? Color.WHITE : Color.BLACK);
                g.fillRect(0, 0, 32, 32);
                g.setColor(Color.GRAY);
                if (domain.equals("A")) {
                    g.fillOval(6 + i, 6, 18, 18);
                } else {
                    g.fillRect(6 + i, 6, 18, 18);
                }
                g.dispose();
                ImageIO.write(image, "png", folder.resolve("shape" + i + ".png").toFile());
            }
        }
        robot.interact(() -> model.familyProperty().set(ModelFamily.CYCLEGAN));
        assertThat(robot.lookup("#dataset-heading").queryAs(Label.class).getText()).isEqualTo("Two sets of images");
        assertThat(robot.lookup("#sample-caption").queryAs(Label.class).getText()).startsWith("A · A to B");
        robot.clickOn("#dataset-path").write(own.resolve("shapes").toString()).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.scanProperty().get() != null);
        assertThat(model.scanProperty().get().usable()).isEqualTo(6);
        set(robot, "imageSize", "32");
        set(robot, "channelsA", "grey");
        set(robot, "channelsB", "grey");
        set(robot, "generatorFeatures", "4");
        set(robot, "residualBlocks", "1");
        set(robot, "discriminatorFeatures", "4");
        set(robot, "steps", "4");
        set(robot, "batchSize", "1");
        set(robot, "previewEvery", "2");
        set(robot, "checkpointEvery", "2");
        robot.interact(() -> model.runDirectoryProperty().set(own.resolve("cyclegan-run").toString()));

        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.stateProperty().get() == TrainingState.COMPLETED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#checkpoint-list").queryAs(ListView.class).getItems().size() == 2);
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName()).contains("Cycle A", "Cycle B");
        assertThat(robot.lookup("#sample-view").queryAs(ImageView.class).getImage()).as("the A and B rows").isNotNull();
    }

    /** Side-by-side 64 x 32 pairs: an outline (input) beside the filled disc (target); val/ inputs are all black. */
    private static Path folderOfPairs() throws Exception {
        Path folder = temp.resolve("pairs");
        for (String split : new String[] {"train", "val"}) {
            Files.createDirectories(folder.resolve(split));
            int n = split.equals("train") ? 4 : 2;
            for (int i = 0; i < n; i++) {
                BufferedImage pair = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
                var g = pair.createGraphics();
                g.setColor(split.equals("train") ? Color.WHITE : Color.BLACK);
                g.fillRect(0, 0, 32, 32);
                g.setColor(Color.WHITE);
                g.fillRect(32, 0, 32, 32);
                g.setColor(Color.DARK_GRAY);
                g.drawOval(6 + i, 6, 20, 20);
                g.fillOval(38 + i, 6, 20, 20);
                g.dispose();
                ImageIO.write(pair, "png", folder.resolve(split).resolve("pair" + i + ".png").toFile());
            }
        }
        return folder;
    }

    @Test
    void aTinyPix2PixTrainsFromThePanelOnPairsAndPreviewsHeldOutTriplets(FxRobot robot) throws Exception {
        robot.interact(() -> model.familyProperty().set(org.ganstudio.engine.api.ModelFamily.PIX2PIX));
        Path data = folderOfPairs();
        robot.clickOn("#dataset-path").write(data.toString()).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.scanProperty().get() != null);
        assertThat(model.scanProperty().get().usable()).isEqualTo(4);
        assertThat(model.scanProperty().get().validationPairs()).isEqualTo(2);
        set(robot, "imageSize", "64");
        set(robot, "inputChannels", "grey");
        set(robot, "outputChannels", "grey");
        set(robot, "generatorFeatures", "4");
        set(robot, "discriminatorFeatures", "4");
        set(robot, "steps", "6");
        set(robot, "batchSize", "2");
        set(robot, "previewEvery", "3");
        set(robot, "checkpointEvery", "3");
        robot.interact(() -> model.runDirectoryProperty().set(temp.resolve("pix2pix-run").toString()));

        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.stateProperty().get() == TrainingState.COMPLETED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#checkpoint-list").queryAs(ListView.class).getItems().size() == 2);

        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName()).containsExactly("G GAN", "G L1", "D real", "D fake");
        javafx.scene.image.Image sample = robot.lookup("#sample-view").queryAs(ImageView.class).getImage();
        assertThat(sample.getWidth()).as("input | output | target").isEqualTo(3 * 64 + 4 * 2);
        assertThat(sample.getHeight()).as("one row per held-out pair").isEqualTo(2 * 64 + 3 * 2);
        int input = sample.getPixelReader().getArgb(2 + 32, 2 + 32) & 0xFFFFFF;
        assertThat(input).as("the first column is a val/ input (all black), not a training one").isZero();
    }
}
