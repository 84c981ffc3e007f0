package org.ganstudio.engine.dcgan;

import java.util.Set;

/**
 * Architecture and optimisation of a DCGAN, with the paper's defaults.
 *
 * @param imageSize 64 (colour faces), 32, or 28 (MNIST-like grey)
 * @param channels 1 (grey) or 3 (colour)
 * @param latentSize length of z
 * @param generatorFeatures ngf: feature maps of the generator's last hidden layer
 * @param discriminatorFeatures ndf: feature maps of the discriminator's first layer
 * @param learningRate Adam step size for both networks
 * @param beta1 Adam's first-moment decay
 */
public record DcganConfig(
        int imageSize, int channels, int latentSize, int generatorFeatures, int discriminatorFeatures,
        double learningRate, double beta1) {

    public static final Set<Integer> SIZES = Set.of(28, 32, 64);

    public DcganConfig {
        if (!SIZES.contains(imageSize)) {
            throw new IllegalArgumentException("DCGAN image size must be 28, 32 or 64, not " + imageSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + channels);
        }
        if (latentSize < 1 || generatorFeatures < 1 || discriminatorFeatures < 1) {
            throw new IllegalArgumentException("latent size and feature counts must be positive");
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("learning rate must be positive and beta1 in [0, 1)");
        }
    }

    /** The paper's 64x64 colour setting. */
    public static DcganConfig paper() {
        return new DcganConfig(64, 3, 100, 64, 64, 2e-4, 0.5);
    }
}
