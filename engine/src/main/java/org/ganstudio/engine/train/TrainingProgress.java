package org.ganstudio.engine.train;

import java.util.List;

/**
 * Where a run stands, saved as state.json in each checkpoint.
 *
 * @param step steps done
 * @param epoch passes over the data done
 * @param trainingMillis time spent training so far, over all sessions of the run
 * @param history sampled loss history
 */
public record TrainingProgress(long step, long epoch, long trainingMillis, List<LossPoint> history) {

    public TrainingProgress {
        if (step < 0 || epoch < 0 || trainingMillis < 0) {
            throw new IllegalArgumentException("the step, epoch and training time cannot be negative (step " + step
                    + ", epoch " + epoch + ", " + trainingMillis + " ms)");
        }
        history = List.copyOf(history);
    }

    public static TrainingProgress start() {
        return new TrainingProgress(0, 0, 0, List.of());
    }
}
