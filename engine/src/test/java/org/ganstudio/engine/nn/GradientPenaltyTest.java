package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientPenaltyTest {

    private static final Shape X_SHAPE = new Shape(3, 2, 2, 2);
    private static final int PER_SAMPLE = 8;

    /** The toy critic D(x_n) = sum over C,H,W of w * x_n^2, one score per sample. */
    private static NDArray quadraticCritic(NDArray x, NDArray w) {
        return x.square().mul(w).reshape(x.getShape().get(0), -1).sum(new int[] {1});
    }

    /** By hand: dD/dx_n = 2 w x_n, so the penalty is mean_n (||2 w x_n|| - 1)^2. */
    private static double handPenalty(double[] x, double[] w) {
        int n = x.length / PER_SAMPLE;
        double total = 0;
        for (int s = 0; s < n; s++) {
            double sq = 0;
            for (int i = 0; i < PER_SAMPLE; i++) {
                double g = 2 * w[i] * x[s * PER_SAMPLE + i];
                sq += g * g;
            }
            total += Math.pow(Math.sqrt(sq) - 1, 2);
        }
        return total / n;
    }

    @Test
    void penaltyOfAQuadraticCriticEqualsTheHandComputedValue() {
        double[] x = NnTestSupport.randomDoubles(31, (int) X_SHAPE.size());
        double[] w = NnTestSupport.randomDoubles(32, PER_SAMPLE);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray weight = m.create(w, new Shape(2, 2, 2));
            NDArray xHat = m.create(x, X_SHAPE);
            xHat.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                double gp = GradientPenalty.penalty(quadraticCritic(xHat, weight), xHat).getDouble();
                assertThat(gp).isCloseTo(handPenalty(x, w), within(1e-9));
            }
        }
    }

    @Test
    void penaltyGradientWithRespectToTheCriticMatchesFiniteDifferences() {
        double[] x = NnTestSupport.randomDoubles(33, (int) X_SHAPE.size());
        double[] w = NnTestSupport.randomDoubles(34, PER_SAMPLE);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray weight = m.create(w, new Shape(2, 2, 2));
            weight.setRequiresGradient(true);
            NDArray xHat = m.create(x, X_SHAPE);
            xHat.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray inputGrad = PtAutograd.gradientWithGraph(quadraticCritic(xHat, weight), xHat);
                // the documented side effect: the inner backward also left d sum(D)/dw = sum_n x_n^2 on w
                assertThat(NnTestSupport.maxAbsDiff(weight.getGradient().toDoubleArray(), sumOfSquares(x)))
                        .isLessThan(1e-12);
                PtAutograd.clearGradients(List.of(weight));
                NDArray norms = inputGrad.reshape(3, -1).square().sum(new int[] {1}).sqrt();
                gc.backward(norms.sub(1).square().mean());
            }
            double[] fd = NnTestSupport.centralDifferences(w, 1e-6, v -> handPenalty(x, v));
            double[] autograd = weight.getGradient().toDoubleArray();
            assertThat(NnTestSupport.maxScaledDiff(autograd, fd)).isLessThan(1e-6);
        }
    }

    private static double[] sumOfSquares(double[] x) {
        double[] s = new double[PER_SAMPLE];
        for (int i = 0; i < x.length; i++) {
            s[i % PER_SAMPLE] += x[i] * x[i];
        }
        return s;
    }

    /** A conv critic D(x) = sum(v * tanh(conv(x, k))): second derivatives through conv2d and tanh. */
    @Test
    void penaltyThroughAConvCriticHasTheFiniteDifferenceGradient() {
        Shape xs = new Shape(2, 1, 4, 4);
        Shape ks = new Shape(2, 1, 3, 3);
        double[] x = NnTestSupport.randomDoubles(35, (int) xs.size());
        double[] k = NnTestSupport.randomDoubles(36, (int) ks.size());
        double[] v = NnTestSupport.randomDoubles(37, 2 * 2 * 2 * 2);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray kernel = m.create(k, ks);
            kernel.setRequiresGradient(true);
            NDArray xHat = m.create(x, xs);
            xHat.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray gp = GradientPenalty.penalty(convCritic(m, xHat, kernel, v), xHat);
                PtAutograd.clearGradients(List.of(kernel));
                gc.backward(gp);
            }
            double[] fd = NnTestSupport.centralDifferences(k, 1e-6, kv -> convPenalty(m, x, xs, kv, ks, v));
            double[] autograd = kernel.getGradient().toDoubleArray();
            assertThat(NnTestSupport.maxScaledDiff(autograd, fd)).isLessThan(1e-6);
        }
    }

    private static NDArray convCritic(NDManager m, NDArray x, NDArray kernel, double[] v) {
        NDArray features = Convolutions.conv2d(x, kernel, null, 1, 0).tanh();
        return features.mul(m.create(v, features.getShape())).reshape(2, -1).sum(new int[] {1});
    }

    private static double convPenalty(NDManager m, double[] x, Shape xs, double[] k, Shape ks, double[] v) {
        try (NDManager scope = m.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray xHat = scope.create(x, xs);
            xHat.setRequiresGradient(true);
            return GradientPenalty.penalty(convCritic(scope, xHat, scope.create(k, ks), v), xHat).getDouble();
        }
    }

    @Test
    void interpolateMixesPerSampleAndReturnsAFreshLeaf() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray real = m.create(new float[] {1, 2, 3, 4}, new Shape(2, 1, 1, 2));
            NDArray fake = m.create(new float[] {-1, 0, 5, 8}, new Shape(2, 1, 1, 2));
            NDArray mixed = GradientPenalty.interpolate(real, fake, new float[] {0.25f, 1f});
            assertThat(mixed.toFloatArray()).containsExactly(-0.5f, 0.5f, 3f, 4f);
            assertThat(mixed.hasGradient()).isTrue();
            assertThatThrownBy(() -> GradientPenalty.interpolate(real, fake, new float[] {0.5f}))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void gradientWithGraphRefusesAnInputThatDoesNotRequireAGradient() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.ones(new Shape(2, 2));
            assertThatThrownBy(() -> PtAutograd.gradientWithGraph(x.sum(), x))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
