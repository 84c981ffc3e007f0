package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReflectionPad2dTest {

    /** Index of the source pixel for position i of a reflected axis of length n (edge not repeated). */
    static int reflect(int i, int n) {
        if (i < 0) {
            return -i;
        }
        return i >= n ? 2 * (n - 1) - i : i;
    }

    /** For every output pixel, the flat index of the input pixel it copies. */
    static int[] sourceIndex(int planes, int h, int w, int left, int right, int top, int bottom) {
        int oh = h + top + bottom;
        int ow = w + left + right;
        int[] src = new int[planes * oh * ow];
        for (int p = 0; p < planes; p++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    src[(p * oh + y) * ow + x] = (p * h + reflect(y - top, h)) * w + reflect(x - left, w);
                }
            }
        }
        return src;
    }

    @ParameterizedTest(name = "{0}x{1}, pads l{2} r{3} t{4} b{5}")
    @CsvSource({
        "3, 5, 1, 1, 1, 1", "4, 6, 3, 3, 3, 3", "5, 4, 1, 2, 0, 3", "2, 2, 0, 0, 0, 0", "4, 7, 3, 0, 1, 2"
    })
    void matchesThePlainJavaDefinition(int h, int w, int left, int right, int top, int bottom) {
        int planes = 2 * 3;
        float[] x = NnTestSupport.randomFloats(21, planes * h * w);
        int[] src = sourceIndex(planes, h, w, left, right, top, bottom);
        double[] expected = new double[src.length];
        for (int i = 0; i < src.length; i++) {
            expected[i] = x[src[i]];
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray out = ReflectionPad2d.apply(m.create(x, new Shape(2, 3, h, w)), left, right, top, bottom);
            assertThat(out.getShape()).isEqualTo(new Shape(2, 3, h + top + bottom, w + left + right));
            assertThat(NnTestSupport.maxAbsDiff(out.toFloatArray(), expected)).isEqualTo(0);
            ReflectionPad2d block = new ReflectionPad2d(left, right, top, bottom);
            assertThat(block.getOutputShapes(new Shape[] {new Shape(2, 3, h, w)}))
                    .containsExactly(out.getShape());
        }
    }

    @Test
    void gradientSumsTheUpstreamGradientOverEveryReflectedCopy() {
        int h = 4;
        int w = 5;
        int pad = 3;
        int[] src = sourceIndex(1, h, w, pad, pad, pad, pad);
        float[] r = NnTestSupport.randomFloats(22, src.length);
        double[] expected = new double[h * w];
        for (int i = 0; i < src.length; i++) {
            expected[src[i]] += r[i];
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(NnTestSupport.randomFloats(23, h * w), new Shape(1, 1, h, w));
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray out = ReflectionPad2d.apply(x, pad);
                gc.backward(out.mul(m.create(r, out.getShape())).sum());
            }
            assertThat(NnTestSupport.maxAbsDiff(x.getGradient().toFloatArray(), expected)).isLessThan(1e-5);
        }
    }

    @Test
    void rejectsPadsNotSmallerThanTheDimension() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.zeros(new Shape(1, 1, 3, 5));
            assertThatThrownBy(() -> ReflectionPad2d.apply(x, 3))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(ReflectionPad2d.apply(x, 0, 4, 2, 0).getShape()).isEqualTo(new Shape(1, 1, 5, 9));
        }
    }
}
