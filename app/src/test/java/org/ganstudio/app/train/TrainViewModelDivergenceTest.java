package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.scene.chart.XYChart;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.LossSample;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Train panel's state when a run diverges, without a window: executors the test runs by hand (the JavaFX
 * toolkit is started only for the preview's image conversion).
 */
@ExtendWith(ApplicationExtension.class)
class TrainViewModelDivergenceTest {

    /** Runs what it is given only when the test says so. */
    private static final class ManualExecutor implements Executor {
        private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
        }
    }

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private final ManualExecutor worker = new ManualExecutor();
    private final ManualExecutor ui = new ManualExecutor();
    private final TrainViewModel model = new TrainViewModel(engine, new BackgroundTasks(worker, ui));

    @AfterEach
    void stop() {
        model.cancel();
    }

    /** Runs queued work and UI updates until {@code condition} holds (the fake trains on its own thread). */
    private void pumpUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited too long").isLessThan(deadline);
            worker.runAll();
            ui.runAll();
            Thread.sleep(1);
        }
    }

    private void startRun() throws InterruptedException {
        model.runDirectoryProperty().set(Path.of("/runs/fake").toString());
        model.start();
        pumpUntil(() -> model.stateProperty().get() != null && model.stateProperty().get().isTerminal());
    }

    private List<Double> chartValues() {
        return model.lossSeries().stream().flatMap(series -> series.getData().stream())
                .map(point -> point.getYValue().doubleValue()).toList();
    }

    @Test
    void aDivergedRunShowsItsMessageKeepsTheLastGoodSampleAndOffersTheLastGoodCheckpoint() throws Exception {
        engine.divergeAtStep = 12;
        startRun();

        assertThat(model.stateProperty().get()).isEqualTo(TrainingState.DIVERGED);
        assertThat(model.alertProperty().get()).contains("diverged at step 12", "step-9 is the last good checkpoint");
        assertThat(model.messageProperty().get()).isEqualTo(model.alertProperty().get());
        assertThat(model.lastGoodCheckpointProperty().get()).isEqualTo(Path.of("/runs/fake/checkpoints/step-9"));
        assertThat(model.canResumeFromLastGoodProperty().get()).isTrue();
        assertThat(model.resumeFromLastGoodLabelProperty().get()).isEqualTo("Resume from step-9");
        assertThat(model.canPauseProperty().get()).isFalse();
        assertThat(model.runActiveProperty().get()).isFalse();
        assertThat(model.sampleProperty().get()).as("the grid of step 5 or 10").isNotNull();
        assertThat(model.sampleProperty().get().getPixelReader().getArgb(0, 0))
                .as("not the black grid the diverged step sent").isNotEqualTo(0xFF000000);
        assertThat(chartValues()).isNotEmpty().allMatch(Double::isFinite);
        assertThat(model.lossSeries()).allMatch(series -> series.getData().stream()
                .allMatch(point -> point.getXValue().longValue() < 12));
    }

    @Test
    void resumingFromTheLastGoodCheckpointStartsFromItsStepAndClearsTheAlert() throws Exception {
        engine.divergeAtStep = 12;
        startRun();
        engine.divergeAtStep = -1;

        model.resumeFromLastGood();
        assertThat(model.canResumeFromLastGoodProperty().get()).as("once is enough").isFalse();
        pumpUntil(() -> model.stateProperty().get() == TrainingState.RUNNING);

        assertThat(model.alertProperty().get()).isEmpty();
        assertThat(model.canResumeFromLastGoodProperty().get()).isFalse();
        XYChart.Series<Number, Number> d = model.lossSeries().get(0);
        assertThat(d.getData().get(0).getXValue().longValue()).as("the chart restarts from the checkpoint's history")
                .isEqualTo(9);
        model.cancel();
        pumpUntil(() -> model.stateProperty().get() == TrainingState.CANCELLED);
    }

    @Test
    void nonFiniteLossesInASavedHistoryAreLeftOffTheChart() throws Exception {
        Path checkpoint = Path.of("/runs/old/checkpoints/step-4");
        CheckpointInfo saved = new CheckpointInfo(checkpoint, ModelFamily.DCGAN, 4, 400, Instant.now(), Map.of("D", 1.0),
                List.of(new LossSample(2, Map.of("D", 1.0, "G", 2.0)), new LossSample(4, Map.of("D", Double.NaN, "G", 3.0))));
        engine.checkpoints.add(saved);

        model.resumeFrom(saved);

        assertThat(model.lossSeries()).hasSize(2);
        assertThat(chartValues()).containsExactlyInAnyOrder(1.0, 2.0, 3.0);
    }
}
