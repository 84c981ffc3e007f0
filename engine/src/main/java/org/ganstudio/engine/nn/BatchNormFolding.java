package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Folds an inference-mode BatchNorm into the transposed convolution before it. With per-channel
 * scale {@code s = gamma / sqrt(var + eps)}, {@code BN(convT(x, w))} equals {@code convT(x, w * s) + b'}
 * with {@code b' = beta - mean * s} (plus {@code s * b} for a convolution bias b): exact algebra, one
 * rounding step apart.
 */
public final class BatchNormFolding {

    private BatchNormFolding() {}

    /**
     * @param weight transposed-convolution kernel (Cin, Cout, k, k)
     * @param biasOrNull its bias (Cout), or null
     * @param gamma BatchNorm scale (Cout)
     * @param beta BatchNorm shift (Cout)
     * @param runningMean BatchNorm running mean (Cout)
     * @param runningVar BatchNorm running variance (Cout)
     * @param epsilon BatchNorm epsilon
     * @return {weight', bias'}: the folded kernel (Cin, Cout, k, k) and bias (Cout), new arrays in the
     *     weight's manager
     */
    public static NDArray[] foldIntoTransposed(NDArray weight, NDArray biasOrNull, NDArray gamma, NDArray beta,
            NDArray runningMean, NDArray runningVar, float epsilon) {
        long cout = weight.getShape().get(1);
        if (gamma.size() != cout || beta.size() != cout || runningMean.size() != cout || runningVar.size() != cout) {
            throw new IllegalArgumentException("BatchNorm of " + gamma.getShape() + " does not fit kernel " + weight.getShape());
        }
        NDArray scale = gamma.div(runningVar.add(epsilon).sqrt());
        NDArray folded = weight.mul(scale.reshape(new Shape(1, cout, 1, 1)));
        NDArray shift = biasOrNull == null ? beta.sub(runningMean.mul(scale))
                : beta.add(biasOrNull.sub(runningMean).mul(scale));
        return new NDArray[] {folded, shift};
    }
}
