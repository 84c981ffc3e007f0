package org.ganstudio.engine.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A checkpoint found on disk.
 *
 * @param directory the checkpoint's own directory (a model directory that can be sampled from)
 * @param family the model family
 * @param step steps trained
 * @param totalSteps steps planned for the run
 * @param written when it was written
 * @param losses last losses recorded
 * @param history the run's sampled loss history up to this checkpoint (for charts)
 */
public record CheckpointInfo(
        Path directory, ModelFamily family, long step, long totalSteps, Instant written, Map<String, Double> losses,
        java.util.List<LossSample> history) {

    public CheckpointInfo {
        history = java.util.List.copyOf(history);
    }
}
