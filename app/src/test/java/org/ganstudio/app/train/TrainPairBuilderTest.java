package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.ModelFamily;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Train panel's "Build pairs from photos…": offered for Pix2Pix, and its pairs become the training data. */
@ExtendWith(ApplicationExtension.class)
class TrainPairBuilderTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(15);
    private TrainViewModel model;

    @Start
    void start(Stage stage) {
        model = new TrainViewModel(engine, new BackgroundTasks());
        Scene scene = new Scene(new TrainView(model), 1200, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.pairSteps.release(10_000);
        model.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theLinkIsOfferedOnlyForPix2Pix(FxRobot robot) {
        Node link = robot.lookup("#open-pair-builder").query();
        assertThat(link.isVisible()).isFalse();
        robot.interact(() -> model.familyProperty().set(ModelFamily.PIX2PIX));
        assertThat(link.isVisible()).isTrue();
        robot.interact(() -> model.familyProperty().set(ModelFamily.DCGAN));
        assertThat(link.isVisible()).isFalse();
    }

    @Test
    void builtPairsBecomeTheTrainingPairsAndTheWindowCloses(FxRobot robot) throws Exception {
        robot.interact(() -> model.familyProperty().set(ModelFamily.PIX2PIX));
        robot.clickOn("#open-pair-builder");
        waitUntil(() -> robot.lookup("#pair-builder-view").tryQuery().isPresent());
        Node builder = robot.lookup("#pair-builder-view").query();
        assertThat(builder.getScene().getWindow()).isNotSameAs(robot.lookup("#train-view").query().getScene().getWindow());

        String photos = Path.of("/data/shoes").toString();
        robot.clickOn("#pairs-photos").write(photos);
        engine.pairSteps.release(10);
        robot.clickOn("#build-pairs");
        waitUntil(() -> !robot.lookup("#pairs-use").queryButton().isDisabled());
        robot.clickOn("#pairs-use");

        TextField dataset = robot.lookup("#dataset-path").queryAs(TextField.class);
        Label summary = robot.lookup("#dataset-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().contains("usable"));
        assertThat(dataset.getText()).isEqualTo(photos + "-pairs");
        assertThat(builder.getScene().getWindow().isShowing()).isFalse();
    }
}
