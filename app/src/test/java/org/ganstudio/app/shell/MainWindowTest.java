package org.ganstudio.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(new FakeStudioEngine(5), new BackgroundTasks());
        Scene scene = new Scene(window, 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyStudioOpensFromTheNavigationAndSaysWhatItIs(FxRobot robot) {
        for (Studio studio : Studio.values()) {
            robot.clickOn("#nav-" + studio.id());
            WaitForAsyncUtils.waitForFxEvents();
            Label title = robot.lookup("#studio-title").queryAs(Label.class);
            assertThat(title.getText()).startsWith(studio.title());
            assertThat(robot.lookup("#placeholder-" + studio.id()).tryQuery()).as("every studio is built").isEmpty();
        }
    }

    @Test
    void theWindowOpensOnSketchTheFirstStudioInTheNavigation(FxRobot robot) {
        assertThat(robot.lookup("#sketch-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-sketch").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#nav-train").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void f1AndTheQuestionMarkOpenTheHelpWithTheShortcutsAndEscClosesIt(FxRobot robot) {
        assertThat(robot.lookup("#help").tryQuery()).isEmpty();
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help").tryQuery()).isPresent();
        assertThat(robot.lookup("#help-title").queryAs(Label.class).getText()).startsWith("GAN Studio ");
        assertThat(robot.lookup("#help-licences").queryAs(Label.class).getText()).contains("assets/ATTRIBUTION.md");
        assertThat(robot.lookup("Ctrl+Z").tryQuery()).isPresent();
        assertThat(robot.lookup("Undo the last stroke (Sketch)").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help").tryQuery()).isEmpty();

        robot.clickOn("#help-button");
        assertThat(robot.lookup("#help").tryQuery()).isPresent();
        robot.clickOn("#help-close");
        assertThat(robot.lookup("#help").tryQuery()).isEmpty();
    }

    @Test
    void theStatusBarShowsTheDevice(FxRobot robot) throws Exception {
        Label device = robot.lookup("#status-device").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !device.getText().isEmpty());
        assertThat(device.getText()).isEqualTo("CPU · 2 threads");
    }

    @Test
    void theStatusBarSaysTheNumbersWereCheckedWithoutAlarm(FxRobot robot) throws Exception {
        Label numerics = robot.lookup("#status-numerics").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> numerics.getText().equals("Numbers checked"));
        assertThat(numerics.getStyleClass()).doesNotContain("status-warning");
        assertThat(numerics.getTooltip().getText()).contains("8 convolution shapes correct");
    }
}
