package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import org.ganstudio.engine.nn.ConvTranspose2d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matrix-product convolutions equal the library convolution and nn.ConvTranspose2d (itself checked against its definition). */
class ProductConvolutionsTest {

    @ParameterizedTest
    @CsvSource({"2,true", "4,false", "8,true", "16,false"})
    void aDownConvolutionAsAMatrixProductEqualsConv2d(int side, boolean bias) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomUniform(-1, 1, new Shape(2, 6, side, side));
            NDArray w = m.randomUniform(-1, 1, new Shape(5, 6, 4, 4));
            NDArray b = bias ? m.randomUniform(-1, 1, new Shape(5)) : null;
            NDArray expected = Conv2d.conv2d(x, w, b, new Shape(2, 2), new Shape(1, 1), new Shape(1, 1), 1).singletonOrThrow();
            NDArray actual = ProductConvolutions.Down.prepare(w, b, side).apply(x);
            assertThat(actual.getShape()).isEqualTo(new Shape(2, 5, side / 2, side / 2));
            assertThat(PairFixtures.maxAbsDiff(actual.toFloatArray(), expected.toFloatArray())).isLessThan(1e-5);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,true", "1,false", "2,true", "4,false", "8,true"})
    void anUpConvolutionAsAMatrixProductEqualsTheTransposedConvolution(int side, boolean bias) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomUniform(-1, 1, new Shape(2, 6, side, side));
            NDArray w = m.randomUniform(-1, 1, new Shape(6, 5, 4, 4));
            NDArray b = bias ? m.randomUniform(-1, 1, new Shape(5)) : null;
            NDArray expected = ConvTranspose2d.apply(x, w, b, 2, 1);
            NDArray actual = ProductConvolutions.Up.prepare(w, b, side).apply(x);
            assertThat(actual.getShape()).isEqualTo(new Shape(2, 5, 2 * side, 2 * side));
            assertThat(PairFixtures.maxAbsDiff(actual.toFloatArray(), expected.toFloatArray())).isLessThan(1e-5);
        }
    }
}
