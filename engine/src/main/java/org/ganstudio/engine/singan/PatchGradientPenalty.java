package org.ganstudio.engine.singan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.nn.PtAutograd;

/**
 * The gradient penalty of SinGAN's official code: WGAN-GP (Gulrajani et al. 2017) for a patch critic, with the
 * gradient norm taken per pixel over the channel axis ({@code gradients.norm(2, dim=1)}), not per sample:
 * mean over (n, y, x) of (||d sum(D(x_hat)) / d x_hat[n, :, y, x]||_2 - 1)^2.
 *
 * <p>Use inside the critic's {@code GradientCollector} before any other backward of that step, with
 * x_hat from {@code nn.GradientPenalty.interpolate}.
 */
public final class PatchGradientPenalty {

    /** Added under the square root so a zero gradient has a finite derivative. */
    static final float NORM_EPS = 1e-12f;

    private PatchGradientPenalty() {}

    /**
     * The penalty for a critic's patch map {@code criticOutput} = D(xHat), differentiable w.r.t. the critic's
     * parameters; the inner backward leaves nothing on {@code criticParameters} (see
     * {@link PtAutograd#gradientWithGraph(NDArray, NDArray, List)}).
     */
    public static NDArray penalty(NDArray criticOutput, NDArray xHat, PairList<String, Parameter> criticParameters) {
        List<NDArray> parameters = new ArrayList<>();
        for (Pair<String, Parameter> p : criticParameters) {
            if (p.getValue().isInitialized() && p.getValue().requiresGradient()) {
                parameters.add(p.getValue().getArray());
            }
        }
        NDArray grad = PtAutograd.gradientWithGraph(criticOutput, xHat, parameters);
        NDArray norms = grad.square().sum(new int[] {1}).add(NORM_EPS).sqrt();
        return norms.sub(1).square().mean();
    }
}
