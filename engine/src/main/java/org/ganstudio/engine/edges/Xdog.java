package org.ganstudio.engine.edges;

/**
 * eXtended Difference of Gaussians, after Winnemöller, Kyprianidis and Olsen 2012, "XDoG: An eXtended
 * difference-of-Gaussians compendium including advanced image stylization", Computers &amp; Graphics 36(6).
 *
 * <p>With intensities I in [0, 1]: {@code D = G_sigma * I - tau * G_(k sigma) * I}, then the soft threshold
 * {@code T = 1} if {@code D >= epsilon}, else {@code 1 + tanh(phi * (D - epsilon))}. The result is
 * binarised at one half: white (1) where {@code T >= 0.5}, a black (0) line elsewhere. Because T falls
 * monotonically with D below epsilon, that binarisation is the same as the hard test
 * {@code D >= epsilon - atanh(0.5) / phi}, which is what {@link #lines} computes per pixel.
 */
public final class Xdog {
    /** {@code atanh(0.5)}: where {@code 1 + tanh(u)} crosses one half. */
    private static final double ATANH_HALF = 0.5 * Math.log(3.0);

    private Xdog() {}

    /** The soft threshold T of one difference value D (the paper's continuous output). */
    public static double softThreshold(double difference, double epsilon, double phi) {
        return difference >= epsilon ? 1.0 : 1.0 + Math.tanh(phi * (difference - epsilon));
    }

    /** The difference of Gaussians {@code G_sigma - tau G_(k sigma)} of the image, per pixel. */
    public static float[] difference(GreyImage image, double sigma, double k, double tau) {
        checkScales(sigma, k, tau);
        int w = image.width();
        int h = image.height();
        float[] narrow = new float[w * h];
        float[] wide = new float[w * h];
        GaussianBlur.blur(image.pixels(), w, h, GaussianBlur.kernel(sigma), narrow);
        GaussianBlur.blur(image.pixels(), w, h, GaussianBlur.kernel(k * sigma), wide);
        float weight = (float) tau;
        for (int i = 0; i < narrow.length; i++) {
            narrow[i] -= weight * wide[i];
        }
        return narrow;
    }

    /**
     * The binarised XDoG: 0 (black line) where {@code T < 0.5}, 1 (white) elsewhere.
     *
     * @param sigma scale of the narrow Gaussian, pixels
     * @param k ratio of the wide Gaussian's scale to the narrow one, above 1
     * @param tau weight of the wide Gaussian, positive (near 1: just below keeps flat areas white)
     * @param epsilon threshold on D, intensity units
     * @param phi steepness of the soft threshold, positive
     */
    public static GreyImage lines(GreyImage image, double sigma, double k, double tau, double epsilon, double phi) {
        if (!(phi > 0)) {
            throw new IllegalArgumentException("XDoG phi must be positive, got " + phi);
        }
        float[] d = difference(image, sigma, k, tau);
        float whiteFrom = (float) (epsilon - ATANH_HALF / phi);
        for (int i = 0; i < d.length; i++) {
            d[i] = d[i] >= whiteFrom ? 1f : 0f;
        }
        return image.withPixels(d);
    }

    private static void checkScales(double sigma, double k, double tau) {
        if (!(k > 1) || !(tau > 0)) {
            throw new IllegalArgumentException("XDoG needs k > 1 and tau > 0, got k " + k + ", tau " + tau);
        }
        GaussianBlur.radius(sigma);
    }
}
