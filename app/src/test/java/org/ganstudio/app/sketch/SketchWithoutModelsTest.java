package org.ganstudio.app.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sketch studio in the main window when no Pix2Pix model is installed. */
@ExtendWith(ApplicationExtension.class)
class SketchWithoutModelsTest {

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new MainWindow(new FakeStudioEngine(5), new BackgroundTasks()), 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void itSaysPlainlyThatNoModelIsInstalledAndHowToGetOneAndDrawingStillWorks(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sketch");
        Label message = robot.lookup("#sketch-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !message.getText().isEmpty());
        assertThat(message.getText()).isEqualTo(SketchViewModel.NO_MODELS).contains("Train panel");
        assertThat(robot.lookup("#random-example").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#save-output").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#model-choice").queryComboBox().getItems()).isEmpty();

        Canvas canvas = robot.lookup("#sketch-canvas").queryAs(Canvas.class);
        robot.moveTo(canvas.localToScreen(60, 60)).press(MouseButton.PRIMARY).moveTo(canvas.localToScreen(300, 90))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#undo").queryButton().isDisabled()).isFalse();
    }
}
