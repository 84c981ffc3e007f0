package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;

/**
 * Immutable picture of a training run at one moment, sent to listeners.
 *
 * @param state the run's state
 * @param step steps done so far (continues across resumes)
 * @param totalSteps steps the run will do in all
 * @param epoch passes over the data so far
 * @param losses latest value of each loss, by name (e.g. "D", "G"), in a stable order
 * @param imagesPerSecond training throughput over the last steps
 * @param eta estimated time left, or {@link Duration#ZERO} when unknown
 * @param sampleGrid latest preview grid, or null if none yet
 * @param message latest human-readable note (checkpoint written, error text...), may be empty
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
        String message) {}
