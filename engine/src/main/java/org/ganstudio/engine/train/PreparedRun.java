package org.ganstudio.engine.train;

import ai.djl.ndarray.NDManager;

/** A loop ready to run from where its progress says, with the model and step scope to close afterwards. */
record PreparedRun(TrainingLoop loop, TrainingProgress progress, GanModel model, NDManager manager)
        implements AutoCloseable {
    @Override
    public void close() {
        manager.close();
        model.close();
    }
}
