package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ConvolutionMode} computes the same convolution: output, input gradient and weight gradient
 * against a loop over the definition in double, with the input an intermediate of the autograd graph (as in
 * a network) and filter counts that do and do not fill 16-channel blocks.
 */
class ConvolutionsTest {

    @AfterEach
    void restoreTheDefaultMode() {
        Convolutions.setMode(ConvolutionMode.CHANNEL_PADDED);
    }

    @ParameterizedTest(name = "{0}: {2} -> {3} channels, k{4} s{5} p{6}, {7} px")
    @CsvSource({
        "NATIVE, 2, 3, 16, 4, 2, 1, 8", "NATIVE, 2, 4, 32, 3, 1, 1, 6",
        "CHANNEL_PADDED, 2, 1, 1, 4, 2, 1, 8", "CHANNEL_PADDED, 2, 8, 3, 3, 1, 1, 6", "CHANNEL_PADDED, 1, 16, 4, 2, 1, 1, 5",
        "CHANNEL_PADDED, 2, 6, 20, 3, 1, 1, 6", "CHANNEL_PADDED, 2, 8, 1, 4, 1, 0, 4",
        "MATRIX_PRODUCT, 2, 1, 1, 4, 2, 1, 8", "MATRIX_PRODUCT, 2, 8, 3, 3, 1, 1, 6", "MATRIX_PRODUCT, 1, 16, 4, 2, 1, 1, 5",
        "MATRIX_PRODUCT, 2, 3, 16, 4, 2, 1, 8", "MATRIX_PRODUCT, 2, 8, 1, 7, 1, 0, 7", "MATRIX_PRODUCT, 2, 2, 3, 3, 3, 2, 7"})
    void everyModeGivesTheDefinitionsOutputAndGradients(ConvolutionMode mode, int n, int cin, int cout, int k,
            int stride, int padding, int side) {
        float[] x = NnTestSupport.randomFloats(1, n * cin * side * side);
        float[] w = NnTestSupport.randomFloats(2, cout * cin * k * k);
        float[] b = NnTestSupport.randomFloats(3, cout);
        int out = (side + 2 * padding - k) / stride + 1;
        float[] r = NnTestSupport.randomFloats(4, n * cout * out * out);
        double[][] expected = definition(x, w, b, r, n, cin, cout, k, stride, padding, side, out);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray xs = manager.create(x, new Shape(n, cin, side, side));
            NDArray ws = manager.create(w, new Shape(cout, cin, k, k));
            NDArray bs = manager.create(b, new Shape(cout));
            NDArray rs = manager.create(r, new Shape(n, cout, out, out));
            xs.setRequiresGradient(true);
            ws.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = Convolutions.conv2d(xs.mul(1), ws, bs, stride, padding, mode);
                assertThat(y.getShape()).isEqualTo(new Shape(n, cout, out, out));
                collector.backward(y.mul(rs).sum());
                assertThat(NnTestSupport.maxScaledDiff(doubles(y), expected[0])).isLessThan(1e-4);
                assertThat(NnTestSupport.maxScaledDiff(doubles(xs.getGradient()), expected[1])).isLessThan(1e-4);
                assertThat(NnTestSupport.maxScaledDiff(doubles(ws.getGradient()), expected[2])).isLessThan(1e-4);
            }
        }
    }

    @Test
    void aConv2dLayerLoadsWhatAPlainDjlConv2dSavedAndComputesTheSame() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Conv2d plain = Conv2d.builder().setFilters(3).setKernelShape(new Shape(4, 4)).optStride(new Shape(2, 2))
                    .optPadding(new Shape(1, 1)).build();
            plain.setInitializer(new NormalInitializer(0.1f), Parameter.Type.WEIGHT);
            plain.initialize(manager, DataType.FLOAT32, new Shape(1, 2, 8, 8));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            plain.saveParameters(new DataOutputStream(bytes));
            Conv2dLayer layer = Conv2dLayer.layer().setFilters(3).setKernel(4).optStride(2).optPadding(1).build();
            layer.initialize(manager, DataType.FLOAT32, new Shape(1, 2, 8, 8));
            layer.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            NDArray x = manager.create(NnTestSupport.randomFloats(5, 2 * 2 * 8 * 8), new Shape(2, 2, 8, 8));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray expected = plain.forward(store, new NDList(x), false).singletonOrThrow();
            NDArray actual = layer.forward(store, new NDList(x), false).singletonOrThrow();
            assertThat(NnTestSupport.maxAbsDiff(actual.toFloatArray(), doubles(expected))).isLessThan(1e-6);
        }
    }

    private static double[] doubles(NDArray a) {
        return a.toType(DataType.FLOAT64, false).toDoubleArray();
    }

    /** y = conv(x, w) + b; loss = sum(y * r): returns y, d loss / dx, d loss / dw by loops over the definition. */
    private static double[][] definition(float[] x, float[] w, float[] b, float[] r, int n, int cin, int cout, int k,
            int s, int p, int side, int out) {
        double[] y = new double[n * cout * out * out];
        double[] gx = new double[x.length];
        double[] gw = new double[w.length];
        for (int img = 0; img < n; img++) {
            for (int o = 0; o < cout; o++) {
                for (int i = 0; i < out; i++) {
                    for (int j = 0; j < out; j++) {
                        int yi = ((img * cout + o) * out + i) * out + j;
                        double sum = b[o];
                        for (int c = 0; c < cin; c++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int row = i * s - p + ky;
                                    int col = j * s - p + kx;
                                    if (row < 0 || col < 0 || row >= side || col >= side) {
                                        continue;
                                    }
                                    int xi = ((img * cin + c) * side + row) * side + col;
                                    int wi = ((o * cin + c) * k + ky) * k + kx;
                                    sum += (double) x[xi] * w[wi];
                                    gx[xi] += (double) r[yi] * w[wi];
                                    gw[wi] += (double) r[yi] * x[xi];
                                }
                            }
                        }
                        y[yi] = sum;
                    }
                }
            }
        }
        return new double[][] {y, gx, gw};
    }
}
