package org.ganstudio.engine.train;

/**
 * How long a run lasts and how often it reports, shared by all families.
 *
 * @param totalSteps optimisation steps in all
 * @param batchSize images per step
 * @param seed seed of every random choice in the run (init, noise, data order)
 * @param checkpointEvery steps between checkpoints
 * @param previewEvery steps between preview grids
 * @param keepCheckpoints newest checkpoints kept on disk
 */
public record RunSettings(
        long totalSteps, int batchSize, long seed, int checkpointEvery, int previewEvery, int keepCheckpoints) {

    public RunSettings {
        if (totalSteps < 1 || batchSize < 1 || checkpointEvery < 1 || previewEvery < 1 || keepCheckpoints < 1) {
            throw new IllegalArgumentException("steps, batch size and intervals must be positive");
        }
    }

    /** Steps between two entries of the loss history, so that it stays near 5000 points. */
    public long historyEvery() {
        return Math.max(1, totalSteps / 5000);
    }
}
