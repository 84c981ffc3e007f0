package org.ganstudio.engine.api;

/** Life cycle of a training run. */
public enum TrainingState {
    PREPARING,
    RUNNING,
    PAUSED,
    /** Finished all steps; a final checkpoint was written. */
    COMPLETED,
    /** Stopped by the user; a checkpoint was written first. */
    CANCELLED,
    FAILED;

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == FAILED;
    }
}
