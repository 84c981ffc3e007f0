package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceNorm2dTest {

    /** Per (n, c): (x - mean) / sqrt(mean((x - mean)^2) + eps) * gamma[c] + beta[c], in double. */
    static double[] reference(float[] x, int n, int c, int hw, float[] gamma, float[] beta, double eps) {
        double[] out = new double[x.length];
        for (int plane = 0; plane < n * c; plane++) {
            int ch = plane % c;
            double mean = 0;
            for (int i = 0; i < hw; i++) {
                mean += x[plane * hw + i];
            }
            mean /= hw;
            double var = 0;
            for (int i = 0; i < hw; i++) {
                double d = x[plane * hw + i] - mean;
                var += d * d;
            }
            var /= hw;
            for (int i = 0; i < hw; i++) {
                double y = (x[plane * hw + i] - mean) / Math.sqrt(var + eps);
                out[plane * hw + i] = y * (gamma == null ? 1 : gamma[ch]) + (beta == null ? 0 : beta[ch]);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}x{1}x{2}x{3}, affine {4}")
    @CsvSource({"2, 3, 4, 5, false", "2, 3, 4, 5, true", "1, 2, 1, 7, true", "2, 1, 3, 3, false"})
    void matchesThePlainJavaDefinition(int n, int c, int h, int w, boolean affine) {
        float[] x = NnTestSupport.randomFloats(11, n * c * h * w);
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] * 3 + (i % 7); // a per-plane offset and a scale, so centring matters
        }
        float[] gamma = affine ? NnTestSupport.randomFloats(12, c) : null;
        float[] beta = affine ? NnTestSupport.randomFloats(13, c) : null;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray g = affine ? m.create(gamma) : null;
            NDArray b = affine ? m.create(beta) : null;
            NDArray input = m.create(x, new Shape(n, c, h, w));
            NDArray out = InstanceNorm2d.apply(input, g, b, InstanceNorm2d.DEFAULT_EPS);
            double[] expected = reference(x, n, c, h * w, gamma, beta, 1e-5);
            assertThat(NnTestSupport.maxAbsDiff(out.toFloatArray(), expected)).isLessThan(1e-4);
        }
    }

    @Test
    void aConstantPlaneBecomesZeroNotNaN() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray out = InstanceNorm2d.apply(m.full(new Shape(1, 2, 3, 3), 4f), null, null, 1e-5f);
            assertThat(out.toFloatArray()).containsOnly(0f);
        }
    }

    @Test
    void autogradMatchesFiniteDifferences() {
        Shape xs = new Shape(2, 2, 2, 3);
        double[] x0 = NnTestSupport.randomDoubles(14, (int) xs.size());
        double[] g0 = {0.7, -1.3};
        double[] b0 = {0.2, 0.5};
        double[] r = NnTestSupport.randomDoubles(15, (int) xs.size());
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(x0, xs);
            NDArray gamma = m.create(g0);
            NDArray beta = m.create(b0);
            x.setRequiresGradient(true);
            gamma.setRequiresGradient(true);
            beta.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray out = InstanceNorm2d.apply(x, gamma, beta, 1e-5f);
                gc.backward(out.mul(m.create(r, xs)).sum());
            }
            double h = 1e-6;
            double[] fdX = NnTestSupport.centralDifferences(x0, h, v -> objective(m, v, g0, b0, xs, r));
            double[] fdG = NnTestSupport.centralDifferences(g0, h, v -> objective(m, x0, v, b0, xs, r));
            double[] fdB = NnTestSupport.centralDifferences(b0, h, v -> objective(m, x0, g0, v, xs, r));
            assertThat(NnTestSupport.maxScaledDiff(x.getGradient().toDoubleArray(), fdX)).isLessThan(1e-6);
            assertThat(NnTestSupport.maxScaledDiff(gamma.getGradient().toDoubleArray(), fdG))
                    .isLessThan(1e-6);
            assertThat(NnTestSupport.maxScaledDiff(beta.getGradient().toDoubleArray(), fdB)).isLessThan(1e-6);
        }
    }

    private static double objective(NDManager m, double[] x, double[] g, double[] b, Shape xs, double[] r) {
        try (NDManager scope = m.newSubManager()) {
            NDArray out = InstanceNorm2d.apply(scope.create(x, xs), scope.create(g), scope.create(b), 1e-5f);
            return out.mul(scope.create(r, xs)).sum().getDouble();
        }
    }

    @Test
    void affineBlockStartsAsIdentityScaleInsideASequentialBlock() {
        SequentialBlock net = new SequentialBlock()
                .add(new ReflectionPad2d(1))
                .add(InstanceNorm2d.builder().optAffine(true).build());
        try (NDManager m = NDManager.newBaseManager()) {
            Shape in = new Shape(2, 3, 4, 4);
            net.initialize(m, DataType.FLOAT32, in);
            assertThat(net.getOutputShapes(new Shape[] {in})).containsExactly(new Shape(2, 3, 6, 6));
            assertThat(net.getParameters().get("02InstanceNorm2d_gamma").getArray().toFloatArray())
                    .containsExactly(1f, 1f, 1f);
            assertThat(net.getParameters().get("02InstanceNorm2d_beta").getArray().toFloatArray())
                    .containsExactly(0f, 0f, 0f);
            NDArray x = m.randomNormal(in);
            NDArray out = net.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            NDArray direct = InstanceNorm2d.apply(ReflectionPad2d.apply(x, 1), null, null, 1e-5f);
            assertThat(out.sub(direct).abs().max().getFloat()).isLessThan(1e-6f);
        }
    }

    @Test
    void plainBlockHasNoParameters() {
        assertThat(InstanceNorm2d.builder().build().getParameters().isEmpty()).isTrue();
    }
}
