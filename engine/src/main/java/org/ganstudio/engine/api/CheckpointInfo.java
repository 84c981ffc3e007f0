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
 */
public record CheckpointInfo(
        Path directory, ModelFamily family, long step, long totalSteps, Instant written, Map<String, Double> losses) {}
