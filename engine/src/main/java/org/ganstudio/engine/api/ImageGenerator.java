package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;

/**
 * A trained unconditional generator (DCGAN) opened for inference. Close it to free native memory.
 */
public interface ImageGenerator extends AutoCloseable {

    int latentSize();

    int imageSize();

    /** A latent vector drawn from N(0, 1) with the given seed. */
    float[] randomLatent(long seed);

    /** One image per latent vector. */
    BufferedImage[] generate(float[][] latents);

    /** n samples from the seed, laid out as a near-square grid. */
    BufferedImage sampleGrid(int n, long seed);

    @Override
    void close();
}
