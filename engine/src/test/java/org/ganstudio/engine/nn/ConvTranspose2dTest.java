package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class ConvTranspose2dTest {

    /** out[n][co][i*s-p+ky][j*s-p+kx] += in[n][ci][i][j] * w[ci][co][ky][kx]: the definition, in double. */
    static double[] reference(float[] in, int n, int cin, int h, int w, float[] wt, int cout, int k,
            float[] bias, int s, int p) {
        int oh = (h - 1) * s - 2 * p + k;
        int ow = (w - 1) * s - 2 * p + k;
        double[] out = new double[n * cout * oh * ow];
        for (int b = 0; b < n; b++) {
            for (int co = 0; co < cout; co++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        out[((b * cout + co) * oh + y) * ow + x] = bias == null ? 0 : bias[co];
                    }
                }
                for (int ci = 0; ci < cin; ci++) {
                    for (int i = 0; i < h; i++) {
                        for (int j = 0; j < w; j++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int y = i * s - p + ky;
                                    int x = j * s - p + kx;
                                    if (y >= 0 && y < oh && x >= 0 && x < ow) {
                                        out[((b * cout + co) * oh + y) * ow + x] +=
                                                (double) in[((b * cin + ci) * h + i) * w + j]
                                                        * wt[((ci * cout + co) * k + ky) * k + kx];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "k{0} s{1} p{2}, {3}x{4}, {5}->{6} channels, bias {7}")
    @CsvSource({
        "4, 2, 1, 3, 5, 3, 2, true", "4, 2, 1, 3, 5, 3, 2, false", "4, 2, 1, 4, 4, 1, 4, true",
        "4, 2, 1, 2, 2, 6, 5, false",
        "4, 1, 0, 1, 1, 5, 3, true", "4, 1, 0, 1, 1, 5, 3, false",
        "3, 1, 1, 4, 3, 2, 3, true", "3, 1, 1, 4, 3, 2, 3, false",
        "3, 2, 1, 3, 4, 3, 2, true", "3, 2, 1, 3, 4, 2, 4, false",
        "5, 3, 2, 3, 3, 2, 3, true", "5, 3, 2, 2, 4, 3, 1, false",
        "3, 1, 3, 6, 7, 2, 2, true", "2, 2, 0, 3, 2, 2, 3, true",
        "4, 2, 0, 1, 1, 5, 3, true", "3, 1, 1, 1, 1, 4, 2, false"
    })
    void matchesTheDefinitionLoop(int k, int s, int p, int h, int w, int cin, int cout, boolean withBias) {
        int n = 2;
        float[] in = NnTestSupport.randomFloats(1, n * cin * h * w);
        float[] wt = NnTestSupport.randomFloats(2, cin * cout * k * k);
        float[] bias = withBias ? NnTestSupport.randomFloats(3, cout) : null;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(in, new Shape(n, cin, h, w));
            NDArray weight = m.create(wt, new Shape(cin, cout, k, k));
            NDArray b = withBias ? m.create(bias, new Shape(cout)) : null;
            NDArray out = ConvTranspose2d.apply(x, weight, b, s, p);
            long oh = ConvTranspose2d.outputSize(h, k, s, p);
            long ow = ConvTranspose2d.outputSize(w, k, s, p);
            assertThat(out.getShape()).isEqualTo(new Shape(n, cout, oh, ow));
            double[] expected = reference(in, n, cin, h, w, wt, cout, k, bias, s, p);
            assertThat(NnTestSupport.maxAbsDiff(out.toFloatArray(), expected)).isLessThan(1e-4);
        }
    }

    @ParameterizedTest(name = "prepared k{0} s{1} p{2}, {3}x{4}, {5}->{6} channels, bias {7}")
    @CsvSource({
        "4, 2, 1, 3, 5, 3, 2, true", "4, 2, 1, 2, 2, 6, 5, false", "4, 1, 0, 1, 1, 5, 3, true",
        "4, 1, 0, 1, 1, 5, 3, false", "4, 2, 0, 1, 1, 5, 3, true", "3, 1, 1, 4, 3, 2, 3, true",
        "5, 3, 2, 3, 3, 2, 3, true", "3, 1, 3, 6, 7, 2, 2, true", "4, 1, 0, 3, 2, 2, 3, false"
    })
    void preparedMatchesTheDefinitionLoop(int k, int s, int p, int h, int w, int cin, int cout, boolean withBias) {
        int n = 2;
        float[] in = NnTestSupport.randomFloats(7, n * cin * h * w);
        float[] wt = NnTestSupport.randomFloats(8, cin * cout * k * k);
        float[] bias = withBias ? NnTestSupport.randomFloats(9, cout) : null;
        try (NDManager m = NDManager.newBaseManager()) {
            ConvTranspose2d.Prepared prepared = ConvTranspose2d.prepare(m.create(wt, new Shape(cin, cout, k, k)),
                    withBias ? m.create(bias, new Shape(cout)) : null, s, p);
            for (int repeat = 0; repeat < 2; repeat++) {
                NDArray out = prepared.apply(m.create(in, new Shape(n, cin, h, w)));
                assertThat(out.getShape()).isEqualTo(new Shape(n, cout, ConvTranspose2d.outputSize(h, k, s, p),
                        ConvTranspose2d.outputSize(w, k, s, p)));
                double[] expected = reference(in, n, cin, h, w, wt, cout, k, bias, s, p);
                assertThat(NnTestSupport.maxAbsDiff(out.toFloatArray(), expected)).isLessThan(1e-4);
            }
        }
    }

    @ParameterizedTest(name = "k4 s{0} p{1} on {2}x{3}")
    @CsvSource({"2, 1, 2, 3", "1, 0, 1, 1"})
    void autogradMatchesFiniteDifferences(int s, int p, int h, int w) {
        int cin = 2;
        int cout = 2;
        Shape xShape = new Shape(1, cin, h, w);
        Shape wShape = new Shape(cin, cout, 4, 4);
        double[] x0 = NnTestSupport.randomDoubles(4, (int) xShape.size());
        double[] w0 = NnTestSupport.randomDoubles(5, (int) wShape.size());
        long outSize = cout * ConvTranspose2d.outputSize(h, 4, s, p) * ConvTranspose2d.outputSize(w, 4, s, p);
        double[] r = NnTestSupport.randomDoubles(6, (int) outSize);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(x0, xShape);
            NDArray weight = m.create(w0, wShape);
            x.setRequiresGradient(true);
            weight.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray out = ConvTranspose2d.apply(x, weight, null, s, p);
                gc.backward(out.mul(m.create(r, out.getShape())).sum());
            }
            double[] gx = x.getGradient().toDoubleArray();
            double[] gw = weight.getGradient().toDoubleArray();
            double step = 1e-5;
            double[] fdX =
                    NnTestSupport.centralDifferences(x0, step, v -> objective(m, v, w0, xShape, wShape, r, s, p));
            double[] fdW =
                    NnTestSupport.centralDifferences(w0, step, v -> objective(m, x0, v, xShape, wShape, r, s, p));
            assertThat(x.getDataType()).isEqualTo(DataType.FLOAT64);
            assertThat(NnTestSupport.maxScaledDiff(gx, fdX)).isLessThan(1e-6);
            assertThat(NnTestSupport.maxScaledDiff(gw, fdW)).isLessThan(1e-6);
        }
    }

    private static double objective(NDManager m, double[] x, double[] w, Shape xs, Shape ws, double[] r,
            int s, int p) {
        try (NDManager scope = m.newSubManager()) {
            NDArray out = ConvTranspose2d.apply(scope.create(x, xs), scope.create(w, ws), null, s, p);
            return out.mul(scope.create(r, out.getShape())).sum().getDouble();
        }
    }

    @Test
    void initializesInsideASequentialBlockWithDcganShapes() {
        SequentialBlock net = new SequentialBlock()
                .add(ConvTranspose2d.builder().setFilters(8).setKernel(4).optBias(false).build())
                .add(ConvTranspose2d.builder().setFilters(3).setKernel(4).optStride(2).optPadding(1).build());
        try (NDManager m = NDManager.newBaseManager()) {
            Shape in = new Shape(2, 16, 1, 1);
            net.initialize(m, DataType.FLOAT32, in);
            assertThat(net.getOutputShapes(new Shape[] {in})).containsExactly(new Shape(2, 3, 8, 8));
            assertThat(net.getParameters().keys())
                    .containsExactly(
                            "01ConvTranspose2d_weight", "02ConvTranspose2d_weight", "02ConvTranspose2d_bias");
            assertThat(net.getParameters().get("01ConvTranspose2d_weight").getArray().getShape())
                    .isEqualTo(new Shape(16, 8, 4, 4));
            assertThat(net.getParameters().get("02ConvTranspose2d_bias").getArray().getShape())
                    .isEqualTo(new Shape(3));
            NDList out = net.forward(new ParameterStore(m, false), new NDList(m.randomNormal(in)), false);
            assertThat(out.singletonOrThrow().getShape()).isEqualTo(new Shape(2, 3, 8, 8));
        }
    }

    @Test
    void rejectsMismatchedChannelsAndEmptyOutputs() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.zeros(new Shape(1, 3, 2, 2));
            assertThatThrownBy(() -> ConvTranspose2d.apply(x, m.zeros(new Shape(2, 1, 4, 4)), null, 2, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ConvTranspose2d.apply(x, m.zeros(new Shape(3, 1, 3, 3)), null, 1, 3))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ConvTranspose2d.builder().setKernel(4).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
