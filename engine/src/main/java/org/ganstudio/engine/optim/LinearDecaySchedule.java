package org.ganstudio.engine.optim;

/**
 * A learning rate held constant, then decayed linearly towards 0: the "linear" policy of the pix2pix and
 * CycleGAN reference implementation (Isola et al. 2017; Zhu et al. 2017), counted in steps instead of epochs.
 *
 * <p>For a run of T steps whose first C = floor(decayStart * T) steps keep the full rate, step t (0-based)
 * uses {@code base * (1 - max(0, t + 1 - C) / (T - C + 1))}: the full rate up to step C-1, then a fall of
 * {@code base / (T - C + 1)} per step, down to {@code base / (T - C + 1)} at the last step (one more step
 * would reach 0). A function of (t, T) only, so a resumed run follows the same schedule.
 */
public record LinearDecaySchedule(double base, double decayStart) {

    public LinearDecaySchedule {
        if (!(base > 0) || !(decayStart >= 0 && decayStart <= 1)) {
            throw new IllegalArgumentException("need a positive rate and a decay start in [0, 1]");
        }
    }

    /** Steps with the full rate in a run of {@code totalSteps}. */
    public long constantSteps(long totalSteps) {
        return (long) Math.floor(decayStart * totalSteps);
    }

    /** The rate of step {@code step} (0-based) of a run of {@code totalSteps}; steps past the end get the last rate. */
    public double rate(long step, long totalSteps) {
        if (totalSteps < 1 || step < 0) {
            throw new IllegalArgumentException("need step >= 0 and at least one step, got " + step + " of " + totalSteps);
        }
        long constant = constantSteps(totalSteps);
        long t = Math.min(step, totalSteps - 1);
        long decayed = Math.max(0, t + 1 - constant);
        return base * (1.0 - (double) decayed / (totalSteps - constant + 1));
    }
}
