package org.ganstudio.engine.api;

import java.nio.file.Path;
import java.util.Map;

/**
 * A request to start a new training run.
 *
 * @param family which model family to train
 * @param dataset folder of training images
 * @param runDirectory where checkpoints, previews and logs go (created if missing)
 * @param settings values for the family's {@link ConfigField}s, by key; missing keys take defaults
 * @param device where to run
 */
public record TrainingRequest(
        ModelFamily family, Path dataset, Path runDirectory, Map<String, String> settings, DevicePreference device) {
    public TrainingRequest {
        settings = Map.copyOf(settings);
    }
}
