package org.ganstudio.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.SplittableRandom;

/**
 * What a family's step gets: a manager closed after the step, the real images, where the step lies in the
 * run, and the step's randomness.
 *
 * @param manager scope of this step; everything created in it is freed when the step ends
 * @param real real images (N, C, H, W) in [-1, 1], on the model's device (for paired data: the input's
 *     channels first, then the target's)
 * @param step index of this step (0-based)
 * @param totalSteps steps of the whole run, for learning-rate schedules
 * @param random the step's random source (noise, dropout masks...)
 */
public record TrainingBatch(NDManager manager, NDArray real, long step, long totalSteps, SplittableRandom random) {

    public TrainingBatch {
        if (step < 0 || totalSteps < 1) {
            throw new IllegalArgumentException("need step >= 0 and totalSteps >= 1, got " + step + " and " + totalSteps);
        }
    }
}
