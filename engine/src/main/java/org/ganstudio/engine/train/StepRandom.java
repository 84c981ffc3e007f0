package org.ganstudio.engine.train;

import java.util.SplittableRandom;

/** Random numbers for one step, derived only from the run's seed and the step number. */
public final class StepRandom {

    private StepRandom() {}

    /** A generator for {@code step} of the run with {@code seed}; independent streams per {@code stream}. */
    public static SplittableRandom forStep(long seed, long step, int stream) {
        long mixed = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L * (step + 1)).nextLong() + 31L * stream;
        return new SplittableRandom(mixed);
    }

    /** {@code count} draws from N(0, 1). */
    public static float[] gaussian(SplittableRandom random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i += 2) {
            // Box-Muller: two normals from two uniforms
            double u1 = 1.0 - random.nextDouble();
            double u2 = random.nextDouble();
            double r = Math.sqrt(-2 * Math.log(u1));
            values[i] = (float) (r * Math.cos(2 * Math.PI * u2));
            if (i + 1 < count) {
                values[i + 1] = (float) (r * Math.sin(2 * Math.PI * u2));
            }
        }
        return values;
    }
}
