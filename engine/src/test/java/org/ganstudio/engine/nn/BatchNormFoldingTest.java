package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.BatchNorm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchNormFoldingTest {

    @ParameterizedTest(name = "bias {0}")
    @ValueSource(booleans = {false, true})
    void foldedKernelEqualsTransposedConvolutionThenInferenceBatchNorm(boolean withBias) {
        int n = 2;
        int cin = 3;
        int cout = 4;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(NnTestSupport.randomFloats(11, n * cin * 5 * 5), new Shape(n, cin, 5, 5));
            NDArray w = m.create(NnTestSupport.randomFloats(12, cin * cout * 16), new Shape(cin, cout, 4, 4));
            NDArray b = withBias ? m.create(NnTestSupport.randomFloats(13, cout), new Shape(cout)) : null;
            NDArray gamma = m.create(NnTestSupport.randomFloats(14, cout), new Shape(cout)).add(1.5f);
            NDArray beta = m.create(NnTestSupport.randomFloats(15, cout), new Shape(cout));
            NDArray mean = m.create(NnTestSupport.randomFloats(16, cout), new Shape(cout));
            NDArray var = m.create(NnTestSupport.randomFloats(17, cout), new Shape(cout)).abs().add(0.25f);
            float eps = 1e-5f;
            NDArray expected = BatchNorm.batchNorm(ConvTranspose2d.apply(x, w, b, 2, 1), mean, var, gamma, beta, 1, 0.9f,
                    eps, false).singletonOrThrow();
            NDArray[] folded = BatchNormFolding.foldIntoTransposed(w, b, gamma, beta, mean, var, eps);
            NDArray actual = ConvTranspose2d.apply(x, folded[0], folded[1], 2, 1);
            double[] reference = expected.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).toDoubleArray();
            assertThat(NnTestSupport.maxAbsDiff(actual.toFloatArray(), reference)).isLessThan(1e-4);
        }
    }
}
