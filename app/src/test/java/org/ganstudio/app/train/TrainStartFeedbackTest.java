package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person chose the sample data and pressed Start while the window was still starting up: Start must either work
 * soon or say why it cannot.
 */
@ExtendWith(ApplicationExtension.class)
class TrainStartFeedbackTest {

    @TempDir
    static Path home;

    private final FakeStudioEngine engine = new FakeStudioEngine(15);

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(home.resolve("assets/datasets/fashion-mnist-shoes"));
        System.setProperty("studio.home", home.toString());
        engine.numericsMillis = 6_000; // the first start of a real engine: natives, then the numeric self-check
        MainWindow window = new MainWindow(engine, new BackgroundTasks());
        window.model().selectedProperty().set(org.ganstudio.app.shell.Studio.TRAIN); // the window opens on Sketch
        Scene scene = new Scene(window, 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forgetHome() {
        System.clearProperty("studio.home");
    }

    @Test
    void theSampleDataIsReadyToStartWhileTheStartupCheckStillRuns(FxRobot robot) throws Exception {
        robot.clickOn("#use-sample-dataset");
        Button start = robot.lookup("#start").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !start.isDisabled());
        robot.clickOn(start);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> engine.lastRequest != null);
        robot.clickOn("#cancel");
    }

    @Test
    void whileStartIsOffTheButtonSaysWhy(FxRobot robot) throws Exception {
        Label hint = robot.lookup("#start-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo("Choose a folder of images first.");

        engine.scanGate = new Semaphore(0);
        robot.clickOn("#use-sample-dataset");
        assertThat(robot.lookup("#start").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(hint.getText()).isEqualTo("Checking the folder…");

        engine.scanGate.release();
        Button start = robot.lookup("#start").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !start.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible()).isFalse();
    }
}
