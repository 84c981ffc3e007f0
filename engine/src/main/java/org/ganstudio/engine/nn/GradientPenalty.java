package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * The WGAN-GP gradient penalty (Gulrajani et al., "Improved Training of Wasserstein GANs", 2017,
 * eq. 3): mean over the batch of (||d D(x_hat) / d x_hat||_2 - 1)^2, the norm taken per sample over
 * C, H and W, at points x_hat interpolated between real and fake samples.
 *
 * <p>Use inside the critic's {@code GradientCollector}, before any other backward of that step:
 * <pre>{@code
 * NDArray xHat = GradientPenalty.interpolate(real, fake, epsilons);
 * NDArray gp = GradientPenalty.penalty(critic(xHat), xHat, criticBlock.getParameters());
 * collector.backward(critic(fake).mean().sub(critic(real).mean()).add(gp.mul(10)));
 * }</pre>
 */
public final class GradientPenalty {

    /** Added under the square root so a zero gradient yields a finite derivative. */
    static final float NORM_EPS = 1e-12f;

    private GradientPenalty() {}

    /**
     * Returns x_hat = e*real + (1-e)*fake with one e per sample, as a new leaf that requires a gradient
     * and is detached from whatever produced {@code real} and {@code fake}.
     *
     * @param epsilon one weight per sample, usually uniform in [0, 1], drawn by the caller
     */
    public static NDArray interpolate(NDArray real, NDArray fake, float[] epsilon) {
        Shape shape = real.getShape();
        if (!shape.equals(fake.getShape()) || shape.get(0) != epsilon.length) {
            throw new IllegalArgumentException("real " + shape + ", fake " + fake.getShape() + " and "
                    + epsilon.length + " epsilons do not match");
        }
        long[] broadcast = new long[shape.dimension()];
        Arrays.fill(broadcast, 1);
        broadcast[0] = epsilon.length;
        NDArray e = real.getManager().create(epsilon).toType(real.getDataType(), false).reshape(broadcast);
        NDArray mixed = real.mul(e).add(fake.mul(e.neg().add(1))).stopGradient();
        mixed.setRequiresGradient(true);
        return mixed;
    }

    /**
     * The penalty for critic outputs {@code criticOutput} = D(xHat) (one score per sample). It is
     * differentiable w.r.t. the critic's parameters. The caller must clear the gradients that the
     * inner backward added to those parameters (see {@link PtAutograd#gradientWithGraph}), and, like it, this
     * is not for a training loop: it leaks the graph of every call. A family that trains with a penalty writes
     * its critic's input gradient out as operations, as SinGAN's {@code CriticInputGradient} does.
     */
    public static NDArray penalty(NDArray criticOutput, NDArray xHat) {
        NDArray grad = PtAutograd.gradientWithGraph(criticOutput, xHat);
        NDArray squared = grad.reshape(grad.getShape().get(0), -1).square().sum(new int[] {1});
        NDArray norms = squared.add(NORM_EPS).sqrt();
        return norms.sub(1).square().mean();
    }
}
