package org.ganstudio.engine.singan;

import ai.djl.ndarray.NDArray;

/**
 * The gradient penalty of SinGAN's official code: WGAN-GP (Gulrajani et al. 2017) for a patch critic, with the
 * gradient norm taken per pixel over the channel axis ({@code gradients.norm(2, dim=1)}), not per sample:
 * mean over (n, y, x) of (||d sum(D(x_hat)) / d x_hat[n, :, y, x]||_2 - 1)^2.
 *
 * <p>The gradient comes from {@link CriticInputGradient}, inside the critic's {@code GradientCollector}.
 */
public final class PatchGradientPenalty {

    /** Added under the square root so a zero gradient has a finite derivative. */
    static final float NORM_EPS = 1e-12f;

    private PatchGradientPenalty() {}

    /**
     * The penalty for a critic's input gradient {@code gradient} = d sum(D(x_hat)) / d x_hat, (N, C, H, W), from
     * {@link CriticInputGradient}; differentiable wherever the gradient is.
     */
    public static NDArray penalty(NDArray gradient) {
        NDArray norms = gradient.square().sum(new int[] {1}).add(NORM_EPS).sqrt();
        return norms.sub(1).square().mean();
    }
}
