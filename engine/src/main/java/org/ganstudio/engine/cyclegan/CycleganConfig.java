package org.ganstudio.engine.cyclegan;

/**
 * Architecture and optimisation of a CycleGAN model, with the defaults of Zhu et al. 2017 (section 4 and appendix 7)
 * and their reference implementation: ResNet generators, 70x70 PatchGAN discriminators with instance norm, least
 * squares adversarial loss, cycle weight 10, identity weight 0.5 of it, Adam 2e-4 with beta1 0.5, a learning rate
 * that falls linearly to zero over the second half of the run, and a pool of 50 earlier fakes for the discriminators.
 *
 * @param imageSize side of the square images; at least 16 and a multiple of 4 (two down-samplings and back)
 * @param channelsA 1 (grey) or 3 (colour) for domain A
 * @param channelsB 1 (grey) or 3 (colour) for domain B
 * @param generatorFeatures ngf: feature maps of the generator's first convolution (the paper: 64)
 * @param residualBlocks ResNet blocks at the generator's bottleneck (the paper: 9 at 256 px, 6 at 128 px and below)
 * @param discriminatorFeatures ndf: feature maps of the discriminator's first convolution (the paper: 64)
 * @param discriminatorLayers strided layers of the PatchGAN (the paper: 3, a 70x70 receptive field)
 * @param lambdaCycle weight of the cycle-consistency L1 terms (the paper: 10)
 * @param lambdaIdentity weight of the identity L1 terms as a fraction of {@code lambdaCycle} (the code: 0.5); needs
 *     the same channels in both domains unless it is 0
 * @param learningRate Adam step size of all four networks before the decay
 * @param beta1 Adam's first-moment decay
 * @param decayStart fraction of the run at the full learning rate; it then falls linearly towards 0
 * @param poolSize earlier fakes kept for the discriminators (Shrivastava et al. 2017); 0 shows them only the newest
 */
public record CycleganConfig(
        int imageSize, int channelsA, int channelsB, int generatorFeatures, int residualBlocks,
        int discriminatorFeatures, int discriminatorLayers, double lambdaCycle, double lambdaIdentity,
        double learningRate, double beta1, double decayStart, int poolSize) {

    /** Smallest image side: the bottleneck is a quarter of it and reflection padding needs at least 2 px there. */
    public static final int MIN_SIZE = 16;
    /** Largest image side the studio accepts. */
    public static final int MAX_SIZE = 512;
    /** Above this side the paper uses 9 residual blocks, at or below it 6. */
    static final int SMALL_IMAGE = 128;

    public CycleganConfig {
        if (imageSize < MIN_SIZE || imageSize > MAX_SIZE || imageSize % 4 != 0) {
            throw new IllegalArgumentException("the CycleGAN image size must be a multiple of 4 from " + MIN_SIZE + " to "
                    + MAX_SIZE + " px, not " + imageSize);
        }
        if (!validChannels(channelsA) || !validChannels(channelsB)) {
            throw new IllegalArgumentException("each domain must be grey (1 channel) or colour (3), not " + channelsA
                    + " and " + channelsB);
        }
        if (generatorFeatures < 1 || discriminatorFeatures < 1 || residualBlocks < 0 || discriminatorLayers < 1) {
            throw new IllegalArgumentException("feature counts and discriminator layers must be positive and residual"
                    + " blocks not negative");
        }
        if (patchSide(imageSize, discriminatorLayers) < 1) {
            throw new IllegalArgumentException("a PatchGAN of " + discriminatorLayers + " strided layers sees nothing of "
                    + imageSize + " px images: use fewer layers or larger images");
        }
        if (!(lambdaCycle >= 0) || !(lambdaIdentity >= 0)) {
            throw new IllegalArgumentException("the cycle and identity weights must be 0 or more");
        }
        if (lambdaIdentity > 0 && channelsA != channelsB) {
            throw new IllegalArgumentException("the identity loss compares an image with its translation, so it needs"
                    + " the same channels in A and B (here " + channelsA + " and " + channelsB + "): set its weight to 0");
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(decayStart >= 0 && decayStart <= 1)) {
            throw new IllegalArgumentException("need a positive learning rate, beta1 in [0, 1) and a decay start in"
                    + " [0, 1]");
        }
        if (poolSize < 0) {
            throw new IllegalArgumentException("the image pool size must be 0 or more, not " + poolSize);
        }
    }

    private static boolean validChannels(int channels) {
        return channels == 1 || channels == 3;
    }

    /** The paper's setting for colour images of side {@code imageSize}: 9 residual blocks above 128 px, else 6. */
    public static CycleganConfig paper(int imageSize) {
        return new CycleganConfig(imageSize, 3, 3, 64, paperBlocks(imageSize), 64, 3, 10, 0.5, 2e-4, 0.5, 0.5, 50);
    }

    /** The paper's 256 px setting. */
    public static CycleganConfig paper() {
        return paper(256);
    }

    /** Residual blocks the paper uses at a size: 9 above 128 px, 6 at 128 px and below. */
    public static int paperBlocks(int imageSize) {
        return imageSize > SMALL_IMAGE ? 9 : 6;
    }

    /** The weight of each identity L1 term in the generators' objective: lambdaIdentity x lambdaCycle. */
    public double identityWeight() {
        return lambdaIdentity * lambdaCycle;
    }

    /** Side of the discriminator's patch map for this config's images. */
    public long patchSide() {
        return patchSide(imageSize, discriminatorLayers);
    }

    /** Kernel 4, padding 1: stride 2 halves a side, stride 1 takes one off; n strided layers, then two of stride 1. */
    static long patchSide(int imageSize, int stridedLayers) {
        long side = imageSize;
        for (int i = 0; i < stridedLayers; i++) {
            side = Math.floorDiv(side + 2 - 4, 2) + 1;
        }
        return side - 2;
    }
}
