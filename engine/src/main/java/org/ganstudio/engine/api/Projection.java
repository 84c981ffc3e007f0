package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;

/**
 * The result of projecting an image into a generator's latent space: the latent whose image comes closest.
 *
 * @param latent the latent found
 * @param image what the generator draws from it
 * @param distance mean absolute difference per pixel (values in [0, 1]) between that image and the target
 * @param steps optimisation steps taken (fewer than asked when cancelled)
 */
public record Projection(float[] latent, BufferedImage image, double distance, int steps) {

    public Projection {
        latent = latent.clone();
    }

    @Override
    public float[] latent() {
        return latent.clone();
    }

    /** Told after each optimisation step, on the projecting thread. */
    @FunctionalInterface
    public interface Listener {
        void step(int done, int total, double distance);
    }
}
