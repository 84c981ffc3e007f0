package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person stumbled over in the Train panel: closing mid-step, the step axis, a family switch. */
@ExtendWith(ApplicationExtension.class)
class TrainRobustnessTest {

    @TempDir
    Path runs;

    private final FakeStudioEngine engine = new FakeStudioEngine(15);
    private TrainViewModel model;

    @Start
    void start(Stage stage) {
        model = new TrainViewModel(engine, new BackgroundTasks(), new RecentRuns(runs.resolve("recent-runs.json"), runs));
        Scene scene = new Scene(new TrainView(model), 1200, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scans a dataset, sets the number of steps and a run folder, and presses Start. */
    private void runSteps(FxRobot robot, TrainViewModel which, int steps, Path folder) throws Exception {
        robot.interact(() -> {
            which.datasetProperty().set("/data/faces");
            which.scanDataset();
            which.fields().stream().filter(f -> f.field().key().equals("steps")).findFirst().orElseThrow()
                    .valueProperty().set(Integer.toString(steps));
            which.runDirectoryProperty().set(folder.toString());
        });
        waitUntil(() -> which.canStartProperty().get());
        robot.interact(which::start);
    }

    @Test
    void closingTheWindowDuringALongStepDoesNotHoldTheUiThreadAndTheRunStillCheckpoints(FxRobot robot)
            throws Exception {
        FakeStudioEngine slow = new FakeStudioEngine(5_000); // every step takes 5 s
        TrainViewModel[] made = new TrainViewModel[1];
        robot.interact(() -> made[0] = new TrainViewModel(slow, new BackgroundTasks()));
        runSteps(robot, made[0], 100, runs.resolve("slow"));
        waitUntil(() -> slow.lastRequest != null);

        long began = System.nanoTime();
        robot.interact(() -> made[0].shutdown());
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        assertThat(tookMillis).as("shutdown returned to the UI thread (a step takes 5 s)").isLessThan(2_000);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !slow.checkpoints.isEmpty());
        assertThat(slow.checkpoints.get(0).directory().startsWith(runs.resolve("slow"))).isTrue();
    }

    @Test
    void theStepAxisShowsDistinctWholeStepsEvenAtStepTwo(FxRobot robot) throws Exception {
        runSteps(robot, model, 2, runs.resolve("two"));
        waitUntil(() -> model.stateProperty().get() == TrainingState.COMPLETED);
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        List<String> labels = x.getTickMarks().stream().filter(Axis.TickMark::isTextVisible)
                .map(tick -> x.getTickLabelFormatter().toString(tick.getValue())).toList();
        assertThat(labels).isNotEmpty().doesNotHaveDuplicates().allMatch(l -> l.matches("\\d+"), "whole steps");
    }

    @Test
    void switchingFamilyClearsTheFinishedRunsSamplesAndChart(FxRobot robot) throws Exception {
        runSteps(robot, model, 12, runs.resolve("dcgan-run"));
        waitUntil(() -> model.stateProperty().get() == TrainingState.COMPLETED);
        ImageView sample = robot.lookup("#sample-view").queryAs(ImageView.class);
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertThat(sample.getImage()).isNotNull();
        assertThat(chart.getData()).isNotEmpty();

        robot.interact(() -> model.familyProperty().set(ModelFamily.PIX2PIX));
        assertThat(sample.getImage()).as("no DCGAN grid under the Pix2Pix caption").isNull();
        assertThat(chart.getData()).isEmpty();
        assertThat(robot.lookup("#step-label").queryAs(Label.class).getText()).isEqualTo("Step –");
    }

    @Test
    void startInAChosenFolderThatHoldsARunAsksInsteadOfTrainingIntoIt(FxRobot robot) throws Exception {
        Path chosen = Files.createDirectories(runs.resolve("my-shoes"));
        Files.writeString(chosen.resolve("config.json"), "{}");
        runSteps(robot, model, 50, chosen);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(engine.lastRequest).as("nothing started in a folder that holds a run").isNull();
        assertThat(robot.lookup("#folder-conflict").query().isVisible()).isTrue();
        assertThat(robot.lookup("#folder-conflict-text").queryAs(Label.class).getText())
                .isEqualTo("The folder my-shoes already holds a run.");

        robot.clickOn("#conflict-new-folder");
        waitUntil(() -> engine.lastRequest != null);
        assertThat(engine.lastRequest.runDirectory()).isEqualTo(runs.resolve("my-shoes-2"));
        assertThat(robot.lookup("#folder-conflict").query().isVisible()).isFalse();
        robot.interact(model::cancel);
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
    }

    @Test
    void resumeItContinuesTheRunInTheChosenFolderFromItsNewestCheckpoint(FxRobot robot) throws Exception {
        engine.createRunFolders = true;
        Path chosen = runs.resolve("my-shoes");
        runSteps(robot, model, 400, chosen);
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);
        robot.interact(model::cancel);
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
        long saved = engine.checkpoints.get(0).step();

        robot.clickOn("#start");
        waitUntil(() -> robot.lookup("#folder-conflict").query().isVisible());
        robot.clickOn("#conflict-resume");
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);
        long at = Long.parseLong(robot.lookup("#step-label").queryAs(Label.class).getText().split(" ")[1]);
        assertThat(at).isGreaterThanOrEqualTo(saved);
        assertThat(engine.lastRequest.runDirectory()).isEqualTo(chosen);
        robot.interact(model::cancel);
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
    }

    @Test
    void startAfterCancelInTheMadeUpFolderTrainsInAFreshOne(FxRobot robot) throws Exception {
        engine.createRunFolders = true;
        Path first = Path.of(model.runDirectoryProperty().get());
        assertThat(first.getParent()).isEqualTo(runs);
        runSteps(robot, model, 400, first);
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);
        robot.interact(model::cancel);
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);

        robot.clickOn("#start");
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);
        Path second = engine.lastRequest.runDirectory();
        assertThat(second).isNotEqualTo(first);
        assertThat(second.getParent()).isEqualTo(runs);
        assertThat(second.getFileName().toString()).startsWith("dcgan-");
        assertThat(model.runDirectoryProperty().get()).isEqualTo(second.toString());
        robot.interact(model::cancel);
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
    }

    @Test
    void aRefusalFromTheEngineIsShownInTheAlert(FxRobot robot) throws Exception {
        engine.startFailure = new org.ganstudio.engine.api.StudioException("The run folder is not empty.");
        runSteps(robot, model, 10, runs.resolve("new"));
        waitUntil(() -> robot.lookup("#run-alert").query().isVisible());
        assertThat(robot.lookup("#run-alert-text").queryAs(Label.class).getText())
                .isEqualTo("Could not start: The run folder is not empty.");
        assertThat(robot.lookup("#start").queryAs(javafx.scene.control.Button.class).isDisabled()).isFalse();
    }

    @Test
    void afterARestartTheLastRunIsOfferedAndResumes(FxRobot robot) throws Exception {
        engine.createRunFolders = true;
        runSteps(robot, model, 400, runs.resolve("shoes-run"));
        waitUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);
        robot.interact(model::cancel);
        waitUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
        long saved = engine.checkpoints.get(0).step();

        TrainViewModel[] relaunched = new TrainViewModel[1];
        robot.interact(() -> {
            relaunched[0] = new TrainViewModel(engine, new BackgroundTasks(),
                    new RecentRuns(runs.resolve("recent-runs.json"), runs));
            robot.targetWindow().getScene().setRoot(new TrainView(relaunched[0]));
        });
        javafx.scene.control.Button offer = robot.lookup("#resume-last").queryAs(javafx.scene.control.Button.class);
        waitUntil(offer::isVisible);
        assertThat(offer.getText()).isEqualTo("Resume last run: shoes-run (step " + saved + " of 400)");

        robot.clickOn(offer);
        waitUntil(() -> relaunched[0].stateProperty().get() == TrainingState.RUNNING);
        assertThat(offer.isVisible()).isFalse();
        robot.interact(relaunched[0]::cancel);
        waitUntil(() -> relaunched[0].stateProperty().get() == TrainingState.CANCELLED);
    }

    @Test
    void aRecentRunWhoseFolderVanishedIsDroppedQuietly() throws Exception {
        RecentRuns recent = new RecentRuns(runs.resolve("recent-runs.json"), runs);
        Path kept = Files.createDirectories(runs.resolve("kept"));
        Path gone = Files.createDirectories(runs.resolve("gone"));
        recent.remember(kept);
        recent.remember(gone);
        Files.delete(gone);
        assertThat(recent.folders()).containsExactly(kept);
        assertThat(Files.readString(runs.resolve("recent-runs.json"))).doesNotContain("gone");
        for (int i = 0; i < 7; i++) {
            recent.remember(Files.createDirectories(runs.resolve("run-" + i)));
        }
        assertThat(recent.folders()).hasSize(5).first().isEqualTo(runs.resolve("run-6"));
    }
}
