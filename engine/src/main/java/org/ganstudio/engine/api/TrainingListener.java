package org.ganstudio.engine.api;

/**
 * Receives snapshots from a training run, on the training thread. Implementations must return
 * quickly and hand work to their own thread (the app coalesces them per UI pulse).
 */
@FunctionalInterface
public interface TrainingListener {
    void onSnapshot(TrainingSnapshot snapshot);
}
