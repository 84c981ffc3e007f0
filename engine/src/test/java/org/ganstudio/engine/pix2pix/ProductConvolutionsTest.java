package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.ganstudio.engine.nn.Convolutions;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
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
            NDArray expected = Convolutions.conv2d(x, w, b, 2, 1);
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

    @ParameterizedTest
    @CsvSource({"2,true", "4,false", "8,true"})
    void theTrainingDownProductHasTheValuesAndGradientsOfConv2d(int side, boolean bias) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomUniform(-1, 1, new Shape(2, 6, side, side));
            NDArray w = m.randomUniform(-1, 1, new Shape(5, 6, 4, 4));
            NDArray b = bias ? m.randomUniform(-1, 1, new Shape(5)) : null;
            assertSameValuesAndGradients(m, x, w, b,
                    (in, kernel) -> Convolutions.conv2d(in, kernel, b, 2, 1),
                    (in, kernel) -> ProductConvolutions.down(in, kernel, b));
        }
    }

    @ParameterizedTest
    @CsvSource({"1,true", "2,false", "4,true", "8,false"})
    void theTrainingUpProductHasTheValuesAndGradientsOfTheTransposedConvolution(int side, boolean bias) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomUniform(-1, 1, new Shape(2, 6, side, side));
            NDArray w = m.randomUniform(-1, 1, new Shape(6, 5, 4, 4));
            NDArray b = bias ? m.randomUniform(-1, 1, new Shape(5)) : null;
            assertSameValuesAndGradients(m, x, w, b, (in, kernel) -> ConvTranspose2d.apply(in, kernel, b, 2, 1),
                    (in, kernel) -> ProductConvolutions.up(in, kernel, b));
        }
    }

    /** Values, and the gradients of sum(y * r) for a fixed random r with respect to x and the kernel. */
    private static void assertSameValuesAndGradients(NDManager m, NDArray x, NDArray w, NDArray b,
            BiFunction<NDArray, NDArray, NDArray> reference, BiFunction<NDArray, NDArray, NDArray> candidate) {
        float[][] expected = valuesAndGradients(m, x, w, reference);
        float[][] actual = valuesAndGradients(m, x, w, candidate);
        for (int i = 0; i < 3; i++) {
            assertThat(PairFixtures.maxAbsDiff(actual[i], expected[i])).as("part %d", i).isLessThan(1e-4);
        }
    }

    private static float[][] valuesAndGradients(NDManager m, NDArray x0, NDArray w0, BiFunction<NDArray, NDArray, NDArray> f) {
        NDArray x = x0.duplicate();
        NDArray w = w0.duplicate();
        x.setRequiresGradient(true);
        w.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray y = f.apply(x, w);
            SplittableRandom random = new SplittableRandom(7);
            float[] r = new float[Math.toIntExact(y.size())];
            for (int i = 0; i < r.length; i++) {
                r[i] = (float) (random.nextDouble() * 2 - 1);
            }
            collector.backward(y.mul(m.create(r, y.getShape())).sum());
            return new float[][] {y.toFloatArray(), x.getGradient().toFloatArray(), w.getGradient().toFloatArray()};
        }
    }
}
