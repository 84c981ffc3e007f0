package org.ganstudio.app.unpaired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Unpaired studio with no CycleGAN installed says how to get one, where the model and its output would be. */
@ExtendWith(ApplicationExtension.class)
class UnpairedWithoutModelsTest {

    private UnpairedViewModel model;

    @Start
    void start(Stage stage) {
        model = UnpairedViewModel.of(new FakeStudioEngine(5));
        Scene scene = new Scene(new UnpairedView(model), 900, 640);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown();
    }

    @Test
    void withNoModelInstalledTheStudioSaysHowToTrainOrOpenOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.session().problemProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#unpaired-model-problem").queryAs(Label.class).getText();
        assertThat(problem).contains("No CycleGAN model is installed yet").contains("Train studio").contains("A/")
                .contains("B/").contains("Open model");
        assertThat(robot.lookup("#unpaired-output-hint").queryAs(Label.class).getText()).isEqualTo(problem);
        assertThat(robot.lookup("#unpaired-save").queryButton().isDisabled()).isTrue();
    }
}
