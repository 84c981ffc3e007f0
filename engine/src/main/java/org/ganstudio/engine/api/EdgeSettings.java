package org.ganstudio.engine.api;

/**
 * Settings of the edge extractor. The result is always black lines on white, the size of the input.
 *
 * @param method which detector
 * @param sigma Gaussian scale in pixels (both methods)
 * @param k XDoG: ratio of the second Gaussian's scale to the first
 * @param tau XDoG: weight of the second Gaussian (sharpening), below 1
 * @param epsilon XDoG: threshold on the difference, in [0, 1] intensity units
 * @param phi XDoG: steepness of the soft threshold
 * @param lowThreshold Canny: hysteresis low threshold on the gradient magnitude, in [0, 1] units
 * @param highThreshold Canny: hysteresis high threshold, at least {@code lowThreshold}
 * @param thin thin the lines to one pixel (Zhang-Suen)
 * @param minSpeckPixels remove dark connected blobs smaller than this many pixels (0 keeps all)
 */
public record EdgeSettings(EdgeMethod method, double sigma, double k, double tau, double epsilon, double phi,
        double lowThreshold, double highThreshold, boolean thin, int minSpeckPixels) {

    public EdgeSettings {
        if (method == null) {
            throw new IllegalArgumentException("an edge method is required");
        }
        if (!(sigma > 0) || !(k > 1) || !(tau > 0) || !(phi > 0) || lowThreshold < 0 || highThreshold < lowThreshold
                || minSpeckPixels < 0) {
            throw new IllegalArgumentException("edge settings out of range: " + this);
        }
    }

    /** XDoG with defaults that give clean outlines on product photos. */
    public static EdgeSettings xdog() {
        return new EdgeSettings(EdgeMethod.XDOG, 1.4, 1.6, 0.99, 0.0, 200, 0.1, 0.2, true, 16);
    }

    /** Canny with defaults that give clean outlines on product photos. */
    public static EdgeSettings canny() {
        return new EdgeSettings(EdgeMethod.CANNY, 1.4, 1.6, 0.99, 0.0, 200, 0.1, 0.2, true, 8);
    }

    public EdgeSettings withMethod(EdgeMethod m) {
        return new EdgeSettings(m, sigma, k, tau, epsilon, phi, lowThreshold, highThreshold, thin, minSpeckPixels);
    }

    public EdgeSettings withSigma(double s) {
        return new EdgeSettings(method, s, k, tau, epsilon, phi, lowThreshold, highThreshold, thin, minSpeckPixels);
    }

    public EdgeSettings withThresholds(double low, double high) {
        return new EdgeSettings(method, sigma, k, tau, epsilon, phi, low, high, thin, minSpeckPixels);
    }

    public EdgeSettings withXdog(double newTau, double newEpsilon, double newPhi) {
        return new EdgeSettings(method, sigma, k, newTau, newEpsilon, newPhi, lowThreshold, highThreshold, thin,
                minSpeckPixels);
    }

    public EdgeSettings withCleanup(boolean newThin, int newMinSpeckPixels) {
        return new EdgeSettings(method, sigma, k, tau, epsilon, phi, lowThreshold, highThreshold, newThin,
                newMinSpeckPixels);
    }
}
