package org.ganstudio.engine.api;

import java.time.Duration;
import java.util.List;

/**
 * What a run will do, shown before it starts: its phases (SinGAN's scales, with their sizes) and the time it is
 * expected to take on the chosen device.
 *
 * @param phases the run's phases in order
 * @param estimate expected training time, {@link Duration#ZERO} when the family cannot tell
 * @param note how the estimate was made, in words ("from 4.1 TFLOP at 40% of this CPU's 190 GFLOP/s"), may be empty
 */
public record TrainingPlan(List<Phase> phases, Duration estimate, String note) {

    public TrainingPlan {
        phases = List.copyOf(phases);
    }

    /**
     * One phase of the plan.
     *
     * @param name as progress will call it ("Scale 3 of 8")
     * @param steps training steps
     * @param width width of what the phase trains on, 0 when not a picture size
     * @param height height likewise
     */
    public record Phase(String name, long steps, int width, int height) {}
}
