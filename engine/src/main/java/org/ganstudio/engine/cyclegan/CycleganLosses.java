package org.ganstudio.engine.cyclegan;

import ai.djl.ndarray.NDArray;
import org.ganstudio.engine.loss.GanLosses;
import org.ganstudio.engine.nn.Scalars;

/**
 * The terms of CycleGAN's objective (Zhu et al. 2017, eqs. 1-3, with the least-squares adversarial loss of section 4
 * and the identity loss of section 5.2): each is a mean over every value, as the reference code computes them.
 */
final class CycleganLosses {

    /** Real patches are pushed to 1, fakes to 0 (Mao et al. 2017). */
    static final float REAL = 1f;
    static final float FAKE = 0f;
    /** The discriminator's loss is halved "to slow down the rate at which D learns relative to G" (section 7.1). */
    static final double DISCRIMINATOR_HALF = 0.5;

    private CycleganLosses() {}

    /** A generator's adversarial loss: mean (D(G(x)) - 1)^2. */
    static NDArray adversarial(NDArray fakeScores) {
        return GanLosses.leastSquares(fakeScores, REAL);
    }

    /** A discriminator's loss: (mean (D(y) - 1)^2 + mean D(fake)^2) / 2. */
    static NDArray discriminator(NDArray realScores, NDArray fakeScores) {
        NDArray sum = GanLosses.leastSquares(realScores, REAL).add(GanLosses.leastSquares(fakeScores, FAKE));
        return Scalars.times(sum, DISCRIMINATOR_HALF);
    }

    /** Mean |a - b|: the cycle loss of a reconstruction and its original, or the identity loss of G(y) and y. */
    static NDArray l1(NDArray a, NDArray b) {
        return a.sub(b).abs().mean();
    }
}
