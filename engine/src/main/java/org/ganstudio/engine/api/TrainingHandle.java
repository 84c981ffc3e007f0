package org.ganstudio.engine.api;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Control over a running training job. All methods are safe to call from any thread. */
public interface TrainingHandle {

    /** Stops after the current step and waits; the run can continue with {@link #resume()}. */
    void pause();

    void resume();

    /** Writes a checkpoint, then stops for good. */
    void cancel();

    TrainingState state();

    Path runDirectory();

    /** Completes with the final snapshot when the run ends (completed, cancelled or failed). */
    CompletableFuture<TrainingSnapshot> completion();
}
