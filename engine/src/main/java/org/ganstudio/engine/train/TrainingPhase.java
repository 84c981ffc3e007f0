package org.ganstudio.engine.train;

/**
 * One phase of a run: SinGAN's scales, a schedule's stages. A run is one phase unless its model says otherwise
 * ({@link GanModel#phases}).
 *
 * @param name what the phase is called in progress messages ("Scale 3 of 8: 94x70")
 * @param steps training steps of the phase, at least 1
 * @param cost the relative cost of one of its steps (e.g. its FLOPs), so that the time left weighs the phases still
 *     to come by what their steps cost, not by their number
 */
public record TrainingPhase(String name, long steps, double cost) {

    public TrainingPhase {
        if (name == null || name.isBlank() || steps < 1 || !(cost > 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("a phase needs a name, at least one step and a positive cost, got '"
                    + name + "', " + steps + ", " + cost);
        }
    }

    /** A phase whose steps cost as much as any other's. */
    public TrainingPhase(String name, long steps) {
        this(name, steps, 1);
    }
}
