package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Immutable picture of a training run at one moment, sent to listeners.
 *
 * @param state the run's state
 * @param step steps done so far (continues across resumes)
 * @param totalSteps steps the run will do in all
 * @param epoch passes over the data so far
 * @param losses latest value of each loss, by name (e.g. "D", "G"), in a stable order; after a
 *     {@link TrainingState#DIVERGED} step they are the step's non-finite values, as they were
 * @param imagesPerSecond training throughput over the last steps
 * @param eta estimated time left, or {@link Duration#ZERO} when unknown
 * @param sampleGrid latest preview grid, or null if none yet (never one drawn from non-finite weights)
 * @param message latest human-readable note (checkpoint written, error text...), may be empty
 * @param lastGoodCheckpoint the newest checkpoint of this run known to hold finite weights (the one written
 *     last, or the one the run resumed from), or null when there is none: where to resume after a run that
 *     {@link TrainingState#DIVERGED} or {@link TrainingState#FAILED}
 * @param phase where the run stands within its phases (SinGAN's scales), or null when unknown (before training)
 */
public record TrainingSnapshot(
        TrainingState state,
        long step,
        long totalSteps,
        long epoch,
        Map<String, Double> losses,
        double imagesPerSecond,
        Duration eta,
        BufferedImage sampleGrid,
        String message,
        Path lastGoodCheckpoint,
        PhaseProgress phase) {

    /** A snapshot without phase information (before training starts, or a stand-in engine). */
    public TrainingSnapshot(TrainingState state, long step, long totalSteps, long epoch, Map<String, Double> losses,
            double imagesPerSecond, Duration eta, BufferedImage sampleGrid, String message, Path lastGoodCheckpoint) {
        this(state, step, totalSteps, epoch, losses, imagesPerSecond, eta, sampleGrid, message, lastGoodCheckpoint, null);
    }

    /** A snapshot before any checkpoint is known (preparing, or a stand-in engine). */
    public TrainingSnapshot(TrainingState state, long step, long totalSteps, long epoch, Map<String, Double> losses,
            double imagesPerSecond, Duration eta, BufferedImage sampleGrid, String message) {
        this(state, step, totalSteps, epoch, losses, imagesPerSecond, eta, sampleGrid, message, null);
    }
}
