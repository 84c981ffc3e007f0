package org.ganstudio.engine.singan;

/**
 * Architecture and schedule of a SinGAN (Shaham, Dekel and Michaeli, ICCV 2019), with the paper's defaults
 * ({@link #paper()}) and a CPU schedule ({@link #fast()}). Immutable; saved with the weights.
 *
 * @param schedule the preset these values started from (a label; the values below are what counts)
 * @param channels 3 (colour) or 1 (grey)
 * @param minSize the coarsest scale's shorter side, about
 * @param maxSize the finest scale's longer side, at most (the image is shrunk to it)
 * @param scaleFactor the wished ratio between neighbouring scales (adjusted so the coarsest fits minSize)
 * @param minFeatures feature maps at scale 0; doubled every {@value #FEATURE_DOUBLING_SCALES} scales
 * @param maxFeatures the cap on feature maps
 * @param convBlocks 3x3 convolutions per network (head, body, tail); also the zero padding of the input
 * @param leakySlope the LeakyReLU slope
 * @param batchNorm BatchNorm after each hidden convolution
 * @param iterationsPerScale training iterations of each scale
 * @param learningRate Adam's step size, both networks
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param lrDropAt the fraction of a scale's iterations after which the learning rate is multiplied by lrGamma
 * @param lrGamma the learning-rate drop
 * @param criticSteps critic updates per iteration
 * @param generatorSteps generator updates per iteration
 * @param gradientPenalty lambda, the weight of the WGAN-GP term
 * @param reconstructionWeight alpha, the weight of the reconstruction MSE
 * @param noiseAmpInit the noise amplitude above scale 0 relative to the RMSE of the upsampled reconstruction
 */
public record SinganConfig(
        Schedule schedule, int channels, int minSize, int maxSize, double scaleFactor, int minFeatures,
        int maxFeatures, int convBlocks, double leakySlope, boolean batchNorm, int iterationsPerScale,
        double learningRate, double beta1, double beta2, double lrDropAt, double lrGamma, int criticSteps,
        int generatorSteps, double gradientPenalty, double reconstructionWeight, double noiseAmpInit) {

    /** Feature maps double every this many scales (the official code). */
    public static final int FEATURE_DOUBLING_SCALES = 4;
    /** Every convolution is 3x3 without padding. */
    public static final int KERNEL = 3;

    /** Where a config's values came from. */
    public enum Schedule {
        /** The paper's settings. */
        PAPER,
        /** Fewer, smaller scales and fewer updates, for a CPU. */
        FAST,
        /** Set by hand (tests, experiments). */
        CUSTOM
    }

    public SinganConfig {
        if (schedule == null) {
            throw new IllegalArgumentException("schedule is missing");
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + channels);
        }
        if (convBlocks < 3) {
            throw new IllegalArgumentException("a SinGAN network needs at least 3 convolutions, not " + convBlocks);
        }
        if (minSize < minimumImageSide(convBlocks) || maxSize < minSize) {
            throw new IllegalArgumentException("need " + minimumImageSide(convBlocks) + " <= minSize <= maxSize, got "
                    + minSize + " and " + maxSize);
        }
        if (!(scaleFactor > 0.1 && scaleFactor < 1)) {
            throw new IllegalArgumentException("scale factor must lie in (0.1, 1), not " + scaleFactor);
        }
        if (minFeatures < 1 || maxFeatures < minFeatures) {
            throw new IllegalArgumentException("need 1 <= minFeatures <= maxFeatures, got " + minFeatures + " and "
                    + maxFeatures);
        }
        if (!(leakySlope >= 0 && leakySlope < 1)) {
            throw new IllegalArgumentException("LeakyReLU slope must lie in [0, 1), not " + leakySlope);
        }
        if (iterationsPerScale < 1 || criticSteps < 1 || generatorSteps < 1) {
            throw new IllegalArgumentException("iterations, critic steps and generator steps must be positive");
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("learning rate must be positive and the betas in [0, 1)");
        }
        if (!(lrDropAt > 0 && lrDropAt <= 1) || !(lrGamma > 0 && lrGamma <= 1)) {
            throw new IllegalArgumentException("lrDropAt and lrGamma must lie in (0, 1]");
        }
        if (!(gradientPenalty >= 0) || !(reconstructionWeight >= 0) || !(noiseAmpInit > 0)) {
            throw new IllegalArgumentException("gradient penalty and reconstruction weight must be >= 0, "
                    + "noiseAmpInit > 0");
        }
    }

    /** The paper's settings (and the official code's defaults). */
    public static SinganConfig paper() {
        return new SinganConfig(Schedule.PAPER, 3, 25, 250, 0.75, 32, 128, 5, 0.2, true, 2000, 5e-4, 0.5, 0.999,
                0.8, 0.1, 3, 3, 0.1, 10, 0.1);
    }

    /**
     * A CPU schedule: a 200 px image, factor 0.6 (5 scales for 4:3 instead of 9), 32 feature maps everywhere,
     * 600 iterations of 2 critic and 1 generator update. Plain SinGAN otherwise: the concurrent training of
     * several stages (Hinz et al. 2021) is not implemented.
     */
    public static SinganConfig fast() {
        return new SinganConfig(Schedule.FAST, 3, 25, 200, 0.6, 32, 32, 5, 0.2, true, 600, 5e-4, 0.5, 0.999,
                0.8, 0.1, 2, 1, 0.1, 10, 0.1);
    }

    /** The preset of a schedule; CUSTOM has none. */
    public static SinganConfig of(Schedule schedule) {
        return switch (schedule) {
            case PAPER -> paper();
            case FAST -> fast();
            case CUSTOM -> throw new IllegalArgumentException("a custom schedule has no preset");
        };
    }

    /** The smallest image side the critic (no padding) still turns into at least one output pixel. */
    public static int minimumImageSide(int convBlocks) {
        return (KERNEL - 1) * convBlocks + 1;
    }

    /** Zero padding put around a generator's input so its output has the input's size. */
    public int inputPadding() {
        return (KERNEL - 1) * convBlocks / 2;
    }

    /** Feature maps of scale {@code index}: min(minFeatures * 2^floor(index / 4), maxFeatures). */
    public int featuresAt(int index) {
        long f = (long) minFeatures << Math.min(index / FEATURE_DOUBLING_SCALES, 20);
        return (int) Math.min(f, maxFeatures);
    }

    /** The learning rate at an iteration of a scale: dropped by lrGamma from lrDropAt of the iterations on. */
    public double learningRateAt(long iterationInScale) {
        return iterationInScale >= Math.round(lrDropAt * iterationsPerScale) ? learningRate * lrGamma : learningRate;
    }

    /**
     * Estimated floating-point work of one training iteration of scale {@code index} (multiply-add = 2 FLOP,
     * convolutions only). Counted per critic update: the random path through the finished generators below
     * (forward only), the generator's forward, the critic's forward and backward on the real and the fake image
     * (3 forwards each) and the gradient penalty (forward, a backward that keeps its graph and the backward of
     * that: 6 forwards); per generator update: the generator forward and backward twice (adversarial and
     * reconstruction, 6 forwards) and the critic forward plus its input gradient (2 forwards).
     */
    public double flopsPerIteration(ScalePyramid pyramid, int index) {
        Scale scale = pyramid.scale(index);
        double chain = 0;
        for (int j = 0; j < index; j++) {
            chain += generatorFlops(pyramid.scale(j));
        }
        double g = generatorFlops(scale);
        double d = criticFlops(scale);
        return criticSteps * (chain + g + 12 * d) + generatorSteps * (6 * g + 2 * d);
    }

    /** {@link #flopsPerIteration} summed over every iteration of every scale. */
    public double trainingFlops(ScalePyramid pyramid) {
        double total = 0;
        for (Scale s : pyramid.scales()) {
            total += (double) iterationsPerScale * flopsPerIteration(pyramid, s.index());
        }
        return total;
    }

    /** One generator forward pass at a scale (the input padded so the output has the scale's size). */
    public double generatorFlops(Scale s) {
        return convFlops(s, channels, channels, 2 * inputPadding());
    }

    /** One critic forward pass at a scale (no padding: the patch map is smaller than the image). */
    public double criticFlops(Scale s) {
        return convFlops(s, channels, 1, 0);
    }

    private double convFlops(Scale s, int in, int out, int extra) {
        double total = 0;
        int h = s.height() + extra;
        int w = s.width() + extra;
        for (int layer = 0; layer < convBlocks; layer++) {
            h -= KERNEL - 1;
            w -= KERNEL - 1;
            int cin = layer == 0 ? in : s.features();
            int cout = layer == convBlocks - 1 ? out : s.features();
            total += 2.0 * cin * cout * KERNEL * KERNEL * Math.max(h, 0) * Math.max(w, 0);
        }
        return total;
    }
}
