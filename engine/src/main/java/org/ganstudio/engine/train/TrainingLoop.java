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
 *
 * <p>Training fails safe: the losses are checked after every step and the weights before every checkpoint and
 * preview ({@link FiniteGuard}). On a NaN or an infinity the run ends {@link TrainingState#DIVERGED} without
 * saving, keeps the last good preview, and names the last good checkpoint.
 *
 * <p>A loop runs once: it holds where its run stands while it runs.
 */
public final class TrainingLoop {

    private static final long MIN_MILLIS_BETWEEN_SNAPSHOTS = 100;
    /** The random stream of {@link GanModel#augment}; stream 0 is the step's own ({@link TrainingBatch#random()}). */
    private static final int AUGMENTATION_STREAM = 1;

    private final GanModel model;
    private final TrainingData data;
    private final RunSettings run;
    private final RunFiles files;
    private final NDManager manager;
    private final TrainingListener listener;
    private final TrainingControl control;

    private PhaseSchedule schedule;
    private long totalSteps;
    private int phase;
    private BatchOrder order;
    private SnapshotClock clock;
    private List<LossPoint> history;
    private long step;
    private long trainingMillis;
    private Map<String, Double> losses;
    private BufferedImage preview;
    private Path lastGood;
    /** The step at which the weights were last found finite, so a preview and a checkpoint due together check once. */
    private long weightsCheckedAt = -1;

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
     * Trains from {@code progress} to the end, or until cancelled or diverged.
     *
     * @param resumedFrom the checkpoint {@code progress} was read from, or null for a new run
     * @return the final snapshot (COMPLETED, CANCELLED or DIVERGED); exceptions propagate
     */
    public TrainingSnapshot run(TrainingProgress progress, Path resumedFrom) {
        schedule = new PhaseSchedule(model.phases(run.totalSteps()));
        totalSteps = schedule.totalSteps();
        order = new BatchOrder(run.seed(), data.size(), run.batchSize());
        clock = new SnapshotClock(run.batchSize());
        history = new ArrayList<>(progress.history());
        step = progress.step();
        trainingMillis = progress.trainingMillis();
        losses = history.isEmpty() ? Map.of() : history.get(history.size() - 1).losses();
        try {
            checkWeights(); // a checkpoint saved before this guard existed may hold NaN
            lastGood = resumedFrom;
            phase = schedule.phaseOf(step);
            if (step < totalSteps) {
                model.enterPhase(phase, step - schedule.start(phase));
            }
            preview = model.preview();
            emit(TrainingState.RUNNING, "Training from step " + step);
            return trainToTheEnd();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return saveAndStop(TrainingState.CANCELLED, "Interrupted");
        } catch (Divergence d) {
            return diverged(d);
        }
    }

    private TrainingSnapshot trainToTheEnd() throws InterruptedException, Divergence {
        float[] buffer = new float[Math.multiplyExact(run.batchSize() * data.channels(), data.height() * data.width())];
        Shape shape = new Shape(run.batchSize(), data.channels(), data.height(), data.width());
        long lastEmit = 0;
        while (step < totalSteps) {
            if (control.cancelRequested()) {
                return saveAndStop(TrainingState.CANCELLED, "Cancelled");
            }
            if (control.pauseRequested()) {
                emit(TrainingState.PAUSED, "Paused at step " + step);
                control.awaitRunnable();
                clock.restart();
                if (!control.cancelRequested()) {
                    emit(TrainingState.RUNNING, "Resumed");
                }
                continue;
            }
            int due = schedule.phaseOf(step);
            if (due != phase) {
                phase = due;
                model.enterPhase(phase, 0);
            }
            trainOneStep(buffer, shape);
            FiniteGuard.checkLosses(losses);
            boolean phaseDone = schedule.endsAPhase(step);
            if (step % run.historyEvery() == 0 || step == totalSteps || phaseDone) {
                history.add(new LossPoint(step, losses));
            }
            boolean previewDue = step % run.previewEvery() == 0 || step == totalSteps || phaseDone;
            if (previewDue) {
                checkWeights();
                preview = model.preview();
            }
            String message = "";
            if ((step % run.checkpointEvery() == 0 || phaseDone) && step < totalSteps) {
                message = (phaseDone ? schedule.progress(step - 1).name() + " done; c" : "C") + "heckpoint "
                        + save().getFileName() + " written";
            }
            long now = System.currentTimeMillis();
            if (previewDue || !message.isEmpty() || now - lastEmit >= MIN_MILLIS_BETWEEN_SNAPSHOTS) {
                emit(TrainingState.RUNNING, message);
                lastEmit = now;
            }
        }
        return saveAndStop(TrainingState.COMPLETED, "Finished");
    }

    private void trainOneStep(float[] buffer, Shape shape) {
        data.copyBatch(order.indicesForStep(step), buffer);
        model.augment(buffer, run.batchSize(), StepRandom.forStep(run.seed(), step, AUGMENTATION_STREAM));
        try (NDManager stepManager = manager.newSubManager()) {
            NDArray real = stepManager.create(buffer, shape);
            losses = model.trainStep(new TrainingBatch(stepManager, real, step, totalSteps,
                    StepRandom.forStep(run.seed(), step, 0)));
        }
        step++;
        trainingMillis += clock.stepDone();
    }

    /** Writes a checkpoint of the model as it is now, unless its weights are not finite. */
    private Path save() throws Divergence {
        checkWeights();
        Path saved = files.save(model, new TrainingProgress(step, order.epochAfter(step), trainingMillis, history), losses);
        lastGood = saved;
        return saved;
    }

    private void checkWeights() throws Divergence {
        if (weightsCheckedAt != step) {
            FiniteGuard.checkWeights(model.networks(), manager);
            weightsCheckedAt = step;
        }
    }

    private TrainingSnapshot saveAndStop(TrainingState end, String what) {
        try {
            return emit(end, what + "; saved " + save().getFileName());
        } catch (Divergence d) {
            return diverged(d);
        }
    }

    private TrainingSnapshot diverged(Divergence divergence) {
        return emit(TrainingState.DIVERGED, divergence.message(step, lastGood));
    }

    private TrainingSnapshot emit(TrainingState state, String message) {
        Duration eta = state == TrainingState.RUNNING ? clock.eta(schedule.stepsLeftAtCurrentCost(step)) : Duration.ZERO;
        TrainingSnapshot snapshot = new TrainingSnapshot(state, step, totalSteps, order.epochAfter(step), losses,
                clock.imagesPerSecond(), eta, preview, message, lastGood, schedule.progress(step));
        listener.onSnapshot(snapshot);
        return snapshot;
    }
}
