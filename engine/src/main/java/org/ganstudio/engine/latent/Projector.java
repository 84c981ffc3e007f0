package org.ganstudio.engine.latent;

import java.util.function.BooleanSupplier;

/**
 * Gradient descent on latents with Adam (Kingma and Ba 2015), several starts at once, keeping the best latent
 * seen: the search behind projecting an image into a generator's latent space (Zhu et al. 2016, iGAN). Plain Java;
 * the generator supplies distances and gradients through {@link Objective}.
 */
public final class Projector {

    /** The function searched: each latent's distance and the gradient of the summed loss. */
    @FunctionalInterface
    public interface Objective {
        /**
         * @param latents the starts' current latents laid end to end
         * @param distances receives each latent's distance (what is reported and compared)
         * @return the gradient of the summed loss with respect to {@code latents}
         */
        float[] gradient(float[] latents, float[] distances);
    }

    /** Told after each step. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, double bestDistance);
    }

    /**
     * @param latent the best latent seen
     * @param distance its distance
     * @param steps steps taken
     */
    public record Result(float[] latent, double distance, int steps) {}

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final double learningRate;

    /** @param learningRate Adam's step size (the latents are N(0, 1), so about 0.05 to 0.1) */
    public Projector(double learningRate) {
        this.learningRate = learningRate;
    }

    /**
     * Runs {@code steps} Adam steps from {@code starts}; the distance of the final latents is measured too. The
     * learning rate falls linearly to a tenth over the steps.
     *
     * @param starts the starting latents laid end to end, {@code latentSize} each
     * @param cancelled polled before each step; when true the best latent so far is returned
     */
    public Result run(Objective objective, float[] starts, int latentSize, int steps, Progress progress,
            BooleanSupplier cancelled) {
        int count = starts.length / latentSize;
        float[] z = starts.clone();
        double[] m = new double[z.length];
        double[] v = new double[z.length];
        float[] distances = new float[count];
        float[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        int done = 0;
        while (true) {
            boolean last = done == steps || cancelled.getAsBoolean();
            float[] gradient = objective.gradient(z, distances);
            for (int i = 0; i < count; i++) {
                if (distances[i] < bestDistance) {
                    bestDistance = distances[i];
                    best = java.util.Arrays.copyOfRange(z, i * latentSize, (i + 1) * latentSize);
                }
            }
            if (done > 0) {
                progress.step(done, steps, bestDistance);
            }
            if (last) {
                return new Result(best, bestDistance, done);
            }
            double rate = learningRate * (1 - 0.9 * done / Math.max(1.0, steps - 1));
            done++;
            double c1 = 1 - Math.pow(BETA1, done);
            double c2 = 1 - Math.pow(BETA2, done);
            for (int i = 0; i < z.length; i++) {
                m[i] = BETA1 * m[i] + (1 - BETA1) * gradient[i];
                v[i] = BETA2 * v[i] + (1 - BETA2) * gradient[i] * gradient[i];
                z[i] -= (float) (rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS));
            }
        }
    }
}
