package org.ganstudio.engine.loss;

import ai.djl.ndarray.NDArray;
import org.ganstudio.engine.nn.Scalars;

/** Adversarial losses on discriminator logits (Goodfellow et al. 2014; least squares: Mao et al. 2017). */
public final class GanLosses {

    private GanLosses() {}

    /**
     * Mean binary cross-entropy of sigmoid(logits) against a constant target, in the numerically stable form
     * {@code max(x, 0) - x * t + log(1 + exp(-|x|))}.
     */
    public static NDArray bceWithLogits(NDArray logits, float target) {
        NDArray positivePart = Scalars.atLeast(logits, 0);
        NDArray softTerm = logits.abs().neg().exp().add(1f).log();
        return positivePart.sub(Scalars.times(logits, target)).add(softTerm).mean();
    }

    /** Mean of (x - t)^2, the least-squares GAN loss. */
    public static NDArray leastSquares(NDArray outputs, float target) {
        return outputs.sub(target).square().mean();
    }

    /** Mean of sigmoid(logits): the discriminator's average belief that its inputs are real. */
    public static double meanProbability(NDArray logits) {
        return logits.getNDArrayInternal().sigmoid().mean().getFloat();
    }
}
