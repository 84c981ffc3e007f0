package org.ganstudio.engine.singan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.Convolutions;
import org.ganstudio.engine.nn.PtAutograd;
import org.junit.jupiter.api.Test;

/** The penalty in float64 (no oneDNN), against hand values and central differences. */
class PatchGradientPenaltyTest {

    private static double[] random(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * 2 - 1;
        }
        return v;
    }

    /**
     * A 1x1 linear critic D(x)[y, x] = sum_c w_c x[c, y, x]: the gradient at every pixel is w, so the per-pixel
     * norm over channels is ||w|| and the penalty (||w|| - 1)^2. A norm over the whole sample would be
     * sqrt(H W) ||w|| instead.
     */
    @Test
    void theNormIsTakenPerPixelOverTheChannels() {
        double[] w = {0.3, -0.4, 0.5};
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray weight = m.create(w, new Shape(1, 3, 1, 1));
            NDArray x = m.create(random(1, 3 * 5 * 4), new Shape(1, 3, 5, 4));
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray out = Convolutions.conv2d(x, weight, null, 1, 0);
                double gp = PatchGradientPenalty.penalty(PtAutograd.gradientWithGraph(out, x)).getDouble();
                double norm = Math.sqrt(0.09 + 0.16 + 0.25);
                assertThat(gp).isCloseTo((norm - 1) * (norm - 1), within(1e-12));
            }
        }
    }

    /** A conv critic D = conv2(tanh(conv1(x))), patch output: the penalty's gradient w.r.t. conv1's kernel. */
    @Test
    void theGradientWithRespectToTheCriticMatchesFiniteDifferences() {
        Shape xs = new Shape(1, 3, 6, 5);
        Shape k1s = new Shape(4, 3, 3, 3);
        Shape k2s = new Shape(1, 4, 3, 3);
        double[] x = random(2, (int) xs.size());
        double[] k1 = random(3, (int) k1s.size());
        double[] k2 = random(4, (int) k2s.size());
        double[] autograd;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray kernel = m.create(k1, k1s);
            kernel.setRequiresGradient(true);
            NDArray xHat = m.create(x, xs);
            xHat.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray out = critic(xHat, kernel, m.create(k2, k2s));
                NDArray gp = PatchGradientPenalty.penalty(PtAutograd.gradientWithGraph(out, xHat));
                PtAutograd.clearGradients(List.of(kernel));
                gc.backward(gp);
            }
            autograd = kernel.getGradient().toDoubleArray();
            double h = 1e-6;
            double worst = 0;
            for (int i = 0; i < k1.length; i++) {
                double[] plus = k1.clone();
                double[] minus = k1.clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (penalty(m, x, xs, plus, k1s, k2, k2s) - penalty(m, x, xs, minus, k1s, k2, k2s)) / (2 * h);
                worst = Math.max(worst, Math.abs(fd - autograd[i]) / Math.max(1, Math.abs(fd)));
            }
            assertThat(worst).isLessThan(1e-6);
            assertThat(maxAbs(autograd)).isGreaterThan(1e-3);
        }
    }

    private static NDArray critic(NDArray x, NDArray k1, NDArray k2) {
        return Convolutions.conv2d(Convolutions.conv2d(x, k1, null, 1, 0).tanh(), k2, null, 1, 0);
    }

    private static double penalty(NDManager m, double[] x, Shape xs, double[] k1, Shape k1s, double[] k2, Shape k2s) {
        try (NDManager scope = m.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray xHat = scope.create(x, xs);
            xHat.setRequiresGradient(true);
            NDArray out = critic(xHat, scope.create(k1, k1s), scope.create(k2, k2s));
            return PatchGradientPenalty.penalty(PtAutograd.gradientWithGraph(out, xHat)).getDouble();
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }
}
