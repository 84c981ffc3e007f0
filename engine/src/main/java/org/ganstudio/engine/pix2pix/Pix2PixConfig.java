package org.ganstudio.engine.pix2pix;

import java.util.Set;

/**
 * Architecture and optimisation of a Pix2Pix model, with the defaults of Isola et al. 2017 and their
 * reference implementation (unet_256, basic PatchGAN, BatchNorm, vanilla GAN loss).
 *
 * @param imageSize 64, 128 or 256; the U-Net has log2(imageSize) down-samplings
 * @param inputChannels 1 (grey) or 3 (colour) for the input images
 * @param outputChannels 1 (grey) or 3 (colour) for the output images
 * @param generatorFeatures ngf: feature maps of the generator's outermost layer
 * @param discriminatorFeatures ndf: feature maps of the discriminator's first layer
 * @param norm BatchNorm (the paper) or instance norm in both networks
 * @param ganLoss the adversarial loss: vanilla (cross-entropy on logits) or least squares
 * @param lambdaL1 weight of the L1 term in the generator's loss
 * @param dropout dropout rate of the first three decoder blocks while training (0 turns it off)
 * @param learningRate Adam step size of both networks before the decay
 * @param beta1 Adam's first-moment decay
 * @param decayStart fraction of the run with the full learning rate; it then falls linearly towards 0
 * @param augmentation what is done to the training inputs before each step: nothing (the paper), or
 *     {@link EdgeAugmentation#drawings()} for grey edge maps, so that a sketch model fills drawings people make
 */
public record Pix2PixConfig(
        int imageSize, int inputChannels, int outputChannels, int generatorFeatures, int discriminatorFeatures,
        Norm norm, GanLoss ganLoss, double lambdaL1, double dropout, double learningRate, double beta1,
        double decayStart, Augmentation augmentation) {

    public static final Set<Integer> SIZES = Set.of(64, 128, 256);

    /** Normalisation layer of both networks. */
    public enum Norm {
        BATCH,
        INSTANCE
    }

    /** What happens to the training inputs before each step. */
    public enum Augmentation {
        NONE,
        DRAWINGS
    }

    /** Adversarial loss on the discriminator's patch logits. */
    public enum GanLoss {
        VANILLA,
        LSGAN
    }

    public Pix2PixConfig {
        if (!SIZES.contains(imageSize)) {
            throw new IllegalArgumentException("Pix2Pix image size must be 64, 128 or 256, not " + imageSize);
        }
        if (!validChannels(inputChannels) || !validChannels(outputChannels)) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + inputChannels + " and " + outputChannels);
        }
        if (generatorFeatures < 1 || discriminatorFeatures < 1) {
            throw new IllegalArgumentException("feature counts must be positive");
        }
        if (norm == null || ganLoss == null || augmentation == null) {
            throw new IllegalArgumentException("norm, GAN loss and augmentation must be given");
        }
        if (augmentation == Augmentation.DRAWINGS && inputChannels != 1) {
            throw new IllegalArgumentException("drawing augmentation works on grey edge maps: the input must be grey");
        }
        if (!(lambdaL1 >= 0) || !(dropout >= 0 && dropout < 1) || !(decayStart >= 0 && decayStart <= 1)) {
            throw new IllegalArgumentException("need lambda >= 0, dropout in [0, 1) and decay start in [0, 1]");
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("learning rate must be positive and beta1 in [0, 1)");
        }
    }

    private static boolean validChannels(int channels) {
        return channels == 1 || channels == 3;
    }

    /** The paper's setting: 256 px colour to colour, ngf = ndf = 64, BatchNorm, vanilla loss, lambda 100. */
    public static Pix2PixConfig paper() {
        return new Pix2PixConfig(256, 3, 3, 64, 64, Norm.BATCH, GanLoss.VANILLA, 100, 0.5, 2e-4, 0.5, 0.5,
                Augmentation.NONE);
    }

    /** This config with another image size and channel counts (the rest unchanged). */
    public Pix2PixConfig withImages(int size, int in, int out) {
        return new Pix2PixConfig(size, in, out, generatorFeatures, discriminatorFeatures, norm, ganLoss, lambdaL1,
                dropout, learningRate, beta1, decayStart, in == 1 ? augmentation : Augmentation.NONE);
    }

    /** This config with other network widths (the rest unchanged). */
    public Pix2PixConfig withFeatures(int ngf, int ndf) {
        return new Pix2PixConfig(imageSize, inputChannels, outputChannels, ngf, ndf, norm, ganLoss, lambdaL1,
                dropout, learningRate, beta1, decayStart, augmentation);
    }

    /** This config with another input augmentation (the rest unchanged). */
    public Pix2PixConfig withAugmentation(Augmentation a) {
        return new Pix2PixConfig(imageSize, inputChannels, outputChannels, generatorFeatures, discriminatorFeatures,
                norm, ganLoss, lambdaL1, dropout, learningRate, beta1, decayStart, a);
    }

    /** Down-samplings of the U-Net: log2(imageSize), so that the innermost map is 1x1 (8 at 256 px). */
    public int depth() {
        return Integer.numberOfTrailingZeros(imageSize);
    }

    /**
     * Strided layers of the PatchGAN: log2(imageSize / 32), so that the receptive field is 70 px at 256,
     * 34 at 128 and 16 at 64 (about a quarter of the image side).
     */
    public int discriminatorLayers() {
        return Integer.numberOfTrailingZeros(imageSize / 32);
    }
}
