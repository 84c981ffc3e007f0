package org.ganstudio.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.TrainingListener;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;

/**
 * Runs a {@link GanModel} for the steps of its {@link RunSettings}: batches, previews, checkpoints, pause,
 * resume and cancel. The one loop of the studio; families only supply the step.
 */
public final class TrainingLoop {

    private static final long MIN_MILLIS_BETWEEN_SNAPSHOTS = 100;

    private final GanModel model;
    private final TrainingData data;
    private final RunSettings run;
    private final RunFiles files;
    private final NDManager manager;
    private final TrainingListener listener;
    private final TrainingControl control;

    TrainingLoop(GanModel model, TrainingData data, RunSettings run, RunFiles files, NDManager manager,
            TrainingListener listener, TrainingControl control) {
        this.model = model;
        this.data = data;
        this.run = run;
        this.files = files;
        this.manager = manager;
        this.listener = listener;
        this.control = control;
    }

    /**
     * Trains from {@code progress} to the end, or until cancelled.
     *
     * @return the final snapshot (COMPLETED or CANCELLED); exceptions propagate after a FAILED snapshot
     */
    public TrainingSnapshot run(TrainingProgress progress) {
        BatchOrder order = new BatchOrder(run.seed(), data.size(), run.batchSize());
        SnapshotClock clock = new SnapshotClock(run.batchSize());
        List<LossPoint> history = new ArrayList<>(progress.history());
        long step = progress.step();
        long trainingMillis = progress.trainingMillis();
        Map<String, Double> losses = history.isEmpty() ? Map.of() : history.get(history.size() - 1).losses();
        BufferedImage preview = model.preview();
        long lastEmit = 0;
        float[] buffer = new float[run.batchSize() * data.channels() * data.imageSize() * data.imageSize()];
        Shape shape = new Shape(run.batchSize(), data.channels(), data.imageSize(), data.imageSize());
        emit(TrainingState.RUNNING, step, order, losses, clock, preview, "Training from step " + step);
        try {
            while (step < run.totalSteps()) {
                if (control.cancelRequested()) {
                    Path saved = files.save(model, new TrainingProgress(step, order.epochAfter(step), trainingMillis, history), losses);
                    return emit(TrainingState.CANCELLED, step, order, losses, clock, preview, "Cancelled; saved " + saved.getFileName());
                }
                if (control.pauseRequested()) {
                    emit(TrainingState.PAUSED, step, order, losses, clock, preview, "Paused at step " + step);
                    control.awaitRunnable();
                    clock.restart();
                    if (!control.cancelRequested()) {
                        emit(TrainingState.RUNNING, step, order, losses, clock, preview, "Resumed");
                    }
                    continue;
                }
                data.copyBatch(order.indicesForStep(step), buffer);
                try (NDManager stepManager = manager.newSubManager()) {
                    NDArray real = stepManager.create(buffer, shape);
                    losses = model.trainStep(new TrainingBatch(stepManager, real, step, run.totalSteps(),
                            StepRandom.forStep(run.seed(), step, 0)));
                }
                step++;
                trainingMillis += clock.stepDone();
                if (step % run.historyEvery() == 0 || step == run.totalSteps()) {
                    history.add(new LossPoint(step, losses));
                }
                boolean previewDue = step % run.previewEvery() == 0 || step == run.totalSteps();
                if (previewDue) {
                    preview = model.preview();
                }
                String message = "";
                if (step % run.checkpointEvery() == 0 && step < run.totalSteps()) {
                    Path saved = files.save(model, new TrainingProgress(step, order.epochAfter(step), trainingMillis, history), losses);
                    message = "Checkpoint " + saved.getFileName() + " written";
                }
                long now = System.currentTimeMillis();
                if (previewDue || !message.isEmpty() || now - lastEmit >= MIN_MILLIS_BETWEEN_SNAPSHOTS) {
                    emit(TrainingState.RUNNING, step, order, losses, clock, preview, message);
                    lastEmit = now;
                }
            }
            Path saved = files.save(model, new TrainingProgress(step, order.epochAfter(step), trainingMillis, history), losses);
            return emit(TrainingState.COMPLETED, step, order, losses, clock, preview, "Finished; saved " + saved.getFileName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Path saved = files.save(model, new TrainingProgress(step, order.epochAfter(step), trainingMillis, history), losses);
            return emit(TrainingState.CANCELLED, step, order, losses, clock, preview, "Interrupted; saved " + saved.getFileName());
        }
    }

    private TrainingSnapshot emit(TrainingState state, long step, BatchOrder order, Map<String, Double> losses,
            SnapshotClock clock, BufferedImage preview, String message) {
        Duration eta = state == TrainingState.RUNNING ? clock.eta(run.totalSteps() - step) : Duration.ZERO;
        TrainingSnapshot snapshot = new TrainingSnapshot(state, step, run.totalSteps(), order.epochAfter(step), losses,
                clock.imagesPerSecond(), eta, preview, message);
        listener.onSnapshot(snapshot);
        return snapshot;
    }
}
