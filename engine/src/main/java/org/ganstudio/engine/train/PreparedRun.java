package org.ganstudio.engine.train;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;

/**
 * A loop ready to run from where its progress says, with the model and step scope to close afterwards.
 *
 * @param checkpoint the checkpoint the progress was read from, or null for a new run
 */
record PreparedRun(TrainingLoop loop, TrainingProgress progress, Path checkpoint, GanModel model, NDManager manager)
        implements AutoCloseable {
    @Override
    public void close() {
        manager.close();
        model.close();
    }
}
