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
    /**
     * Stopped because a loss or a weight stopped being a finite number (NaN or infinity). Nothing non-finite was
     * saved; the snapshot's message says at which step and what to try, and
     * {@link TrainingSnapshot#lastGoodCheckpoint()} names the checkpoint to go back to.
     */
    DIVERGED,
    FAILED;

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == DIVERGED || this == FAILED;
    }
}
