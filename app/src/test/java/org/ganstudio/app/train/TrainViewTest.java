package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Train view against a fake engine: form, scan, start, pause, resume, cancel, resume-from. */
@ExtendWith(ApplicationExtension.class)
class TrainViewTest {

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

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseDataset(FxRobot robot, String folder) throws Exception {
        robot.clickOn("#dataset-path").write(folder).type(javafx.scene.input.KeyCode.ENTER);
        Label summary = robot.lookup("#dataset-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().contains("usable") || summary.getText().contains("no folder"));
    }

    @Test
    void choosingAFolderShowsCountsThumbnailsAndSkippedFiles(FxRobot robot) throws Exception {
        chooseDataset(robot, "/data/faces");
        assertThat(robot.lookup("#dataset-summary").queryAs(Label.class).getText()).isEqualTo("5 usable images, 2 skipped.");
        assertThat(robot.lookup("#dataset-preview").queryAs(javafx.scene.layout.Pane.class).getChildren()).hasSize(3);
        ListView<?> skipped = robot.lookup("#dataset-skipped").queryAs(ListView.class);
        assertThat(skipped.getItems()).hasSize(2);
        assertThat(skipped.getItems().get(1).toString()).contains("half.png").contains("truncated");
        assertThat(robot.lookup("#start").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void theDefaultRunFolderFollowsTheFamilyButAChosenOneStays(FxRobot robot) {
        robot.interact(() -> model.familyProperty().set(org.ganstudio.engine.api.ModelFamily.PIX2PIX));
        assertThat(java.nio.file.Path.of(model.runDirectoryProperty().get()).getFileName().toString()).startsWith("pix2pix-");
        robot.interact(() -> {
            model.runDirectoryProperty().set("/runs/my-shoes");
            model.familyProperty().set(org.ganstudio.engine.api.ModelFamily.DCGAN);
        });
        assertThat(model.runDirectoryProperty().get()).isEqualTo("/runs/my-shoes");
    }

    @Test
    void aFolderThatCannotBeReadIsExplainedAndStartStaysOff(FxRobot robot) throws Exception {
        chooseDataset(robot, "/data/missing");
        assertThat(robot.lookup("#dataset-summary").queryAs(Label.class).getText()).contains("There is no folder");
        assertThat(robot.lookup("#start").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void anInvalidSettingIsMarkedAndDisablesStart(FxRobot robot) throws Exception {
        chooseDataset(robot, "/data/faces");
        TextField steps = robot.lookup("#field-steps").queryAs(TextField.class);
        robot.doubleClickOn(steps).eraseText(6).write("-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-steps-problem").queryAs(Label.class).getText())
                .isEqualTo("Training steps must be between 1 and 100000");
        assertThat(steps.getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#start").queryAs(Button.class).isDisabled()).isTrue();
        robot.doubleClickOn(steps).eraseText(6).write("120");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(steps.getStyleClass()).doesNotContain("invalid");
    }

    @Test
    void startPauseResumeCancelAndResumeFromACheckpoint(FxRobot robot) throws Exception {
        chooseDataset(robot, "/data/faces");
        robot.interact(() -> model.runDirectoryProperty().set(Path.of("/runs/fake").toString()));
        robot.clickOn("#start");
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        ImageView sample = robot.lookup("#sample-view").queryAs(ImageView.class);
        waitUntil(() -> chart.getData().size() == 2 && chart.getData().get(0).getData().size() > 5 && sample.getImage() != null);
        assertThat(engine.lastRequest.settings()).containsEntry("steps", "400").containsEntry("imageSize", "64");

        robot.clickOn("#pause");
        waitUntil(() -> model.stateProperty().get() == TrainingState.PAUSED);
        assertThat(robot.lookup("#resume").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#pause").queryAs(Button.class).isDisabled()).isTrue();
        String pausedAt = robot.lookup("#step-label").queryAs(Label.class).getText();

        robot.clickOn("#resume");
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING
                && !robot.lookup("#step-label").queryAs(Label.class).getText().equals(pausedAt));

        robot.clickOn("#cancel");
        ListView<CheckpointInfo> list = robot.lookup("#checkpoint-list").queryAs(ListView.class);
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED && list.getItems().size() == 1);
        long savedStep = list.getItems().get(0).step();
        assertThat(savedStep).isGreaterThan(5).isLessThan(400);
        assertThat(robot.lookup("#start").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn(robot.lookup("#checkpoint-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#resume-selected");
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);
        assertThat(((Number) chart.getData().get(0).getData().get(0).getXValue()).longValue())
                .as("the chart starts with the checkpoint's saved history").isEqualTo(savedStep / 2);
        long firstStepAfterResume = Long.parseLong(robot.lookup("#step-label").queryAs(Label.class).getText().split(" ")[1]);
        assertThat(firstStepAfterResume).isGreaterThanOrEqualTo(savedStep);
        robot.clickOn("#cancel");
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
    }

    @Test
    void aRunThatDivergesShowsWhyKeepsItsLastGoodSampleAndResumesFromTheLastGoodCheckpoint(FxRobot robot) throws Exception {
        engine.divergeAtStep = 30;
        chooseDataset(robot, "/data/faces");
        robot.interact(() -> model.runDirectoryProperty().set(Path.of("/runs/fake").toString()));
        javafx.scene.Node alert = robot.lookup("#run-alert").query();
        assertThat(alert.isVisible()).isFalse();
        robot.clickOn("#start");
        waitUntil(() -> model.stateProperty().get() == TrainingState.DIVERGED);

        assertThat(alert.isVisible()).isTrue();
        assertThat(robot.lookup("#run-alert-text").queryAs(Label.class).getText()).contains("diverged at step 30",
                "step-27 is the last good checkpoint");
        Button back = robot.lookup("#resume-last-good").queryAs(Button.class);
        assertThat(back.isVisible()).isTrue();
        assertThat(back.getText()).isEqualTo("Resume from step-27");
        assertThat(robot.lookup("#pause").queryAs(Button.class).isDisabled()).isTrue();
        ImageView sample = robot.lookup("#sample-view").queryAs(ImageView.class);
        assertThat(sample.getImage().getPixelReader().getArgb(0, 0)).as("the last good grid, not the black one")
                .isNotEqualTo(0xFF000000);
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertThat(((javafx.scene.chart.NumberAxis) chart.getYAxis()).getTickMarks()).as("the loss axis keeps its labels")
                .isNotEmpty();

        engine.divergeAtStep = -1;
        robot.clickOn("#resume-last-good");
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);
        assertThat(alert.isVisible()).isFalse();
        long resumedAt = Long.parseLong(robot.lookup("#step-label").queryAs(Label.class).getText().split(" ")[1]);
        assertThat(resumedAt).isGreaterThanOrEqualTo(27);
        robot.clickOn("#cancel");
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
    }
}
