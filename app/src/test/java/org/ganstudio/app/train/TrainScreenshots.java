package org.ganstudio.app.train;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.NumericsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a PNG of the whole window at 1280x800 after a run diverged, with the numeric self-check in safe
 * mode, for a person to look at (a real run rarely diverges on demand). Runs only when asked for, e.g.
 * {@code mvn -B -o -q -pl app -am test -Dtest=org.ganstudio.app.train.TrainScreenshots -Dscreenshots=/tmp/shots
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class TrainScreenshots {

    private final FakeStudioEngine engine = new FakeStudioEngine(20);
    private Scene scene;

    @org.junit.jupiter.api.io.TempDir
    Path runs;

    @Start
    void start(Stage stage) throws Exception {
        Path last = Files.createDirectories(runs.resolve("dcgan-20261205-101500"));
        RecentRuns recent = new RecentRuns(runs.resolve("recent-runs.json"), runs);
        recent.remember(last);
        engine.checkpoints.add(new org.ganstudio.engine.api.CheckpointInfo(last.resolve("checkpoints/step-750"),
                org.ganstudio.engine.api.ModelFamily.DCGAN, 750, 1500, java.time.Instant.now(), java.util.Map.of(),
                List.of()));
        engine.numerics = new NumericsReport("matrix products (no library convolution)", true, true,
                "Safe mode: library convolutions, filters padded to 16 (input gradient not finite at 1 → 1 channels, "
                        + "kernel 4, stride 2, padding 1, 16 px) gave wrong numbers on this computer, so convolutions now "
                        + "use matrix products (no library convolution) (correct, slower)", List.of(), 80);
        MainWindow window = new MainWindow(engine, new BackgroundTasks(), recent);
        window.model().selectedProperty().set(org.ganstudio.app.shell.Studio.TRAIN); // the window opens on Sketch
        scene = new Scene(window, 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDivergedRun(FxRobot robot) throws Exception {
        engine.divergeAtStep = 140;
        robot.clickOn("#dataset-path").write("/data/faces").type(javafx.scene.input.KeyCode.ENTER);
        Label summary = robot.lookup("#dataset-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("usable"));
        javafx.scene.Node alert = robot.lookup("#run-alert").query(); // looked up once: the graph changes while training
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, alert::isVisible);
        shoot("train-diverged");
    }

    @Test
    void theLastRunOfferedAndWhyStartIsOff(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#resume-last").query().isVisible());
        shoot("train-resume-last");
    }

    @Test
    void aChosenFolderThatHoldsARun(FxRobot robot) throws Exception {
        Path chosen = Files.createDirectories(runs.resolve("my-shoes"));
        Files.writeString(chosen.resolve("config.json"), "{}");
        robot.clickOn("#dataset-path").write("/data/faces").type(javafx.scene.input.KeyCode.ENTER);
        Label summary = robot.lookup("#dataset-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("usable"));
        robot.interact(() -> robot.lookup("#run-directory").queryAs(javafx.scene.control.TextField.class)
                .setText(chosen.toString()));
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#folder-conflict").query().isVisible());
        shoot("train-folder-conflict");
    }

    @Test
    void aRunOfTwoSteps(FxRobot robot) throws Exception {
        robot.clickOn("#dataset-path").write("/data/faces").type(javafx.scene.input.KeyCode.ENTER);
        Label summary = robot.lookup("#dataset-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("usable"));
        robot.interact(() -> robot.lookup("#field-steps").queryAs(javafx.scene.control.TextField.class).setText("2"));
        robot.clickOn("#start");
        Label step = robot.lookup("#step-label").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> step.getText().equals("Step 2 / 2"));
        shoot("train-two-steps");
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path folder = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(folder);
        BufferedImage[] image = new BufferedImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null)).get();
        ImageIO.write(image[0], "png", new File(folder.toFile(), name + ".png"));
    }
}
