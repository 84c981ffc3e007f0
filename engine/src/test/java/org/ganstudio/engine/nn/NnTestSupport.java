package org.ganstudio.engine.nn;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Plain-Java helpers shared by the block tests: seeded data, comparisons, finite differences. */
final class NnTestSupport {

    private NnTestSupport() {}

    /** Uniform values in [-1, 1) from a seed. */
    static float[] randomFloats(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    static double[] randomDoubles(long seed, int count) {
        float[] f = randomFloats(seed, count);
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            d[i] = f[i];
        }
        return d;
    }

    static double maxAbsDiff(float[] actual, double[] expected) {
        assertSameLength(actual.length, expected.length);
        double max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]));
        }
        return max;
    }

    static double maxAbsDiff(double[] actual, double[] expected) {
        assertSameLength(actual.length, expected.length);
        double max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]));
        }
        return max;
    }

    /** Largest |a - e| / max(1, |e|): an absolute error for small values, relative for large ones. */
    static double maxScaledDiff(double[] actual, double[] expected) {
        assertSameLength(actual.length, expected.length);
        double max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i])));
        }
        return max;
    }

    /** Central differences (f(v + h e_i) - f(v - h e_i)) / 2h for every coordinate i of v. */
    static double[] centralDifferences(double[] at, double h, ToDoubleFunction<double[]> f) {
        double[] grad = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            double[] plus = at.clone();
            double[] minus = at.clone();
            plus[i] += h;
            minus[i] -= h;
            grad[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
        }
        return grad;
    }

    private static void assertSameLength(int a, int b) {
        if (a != b) {
            throw new AssertionError("length " + a + " != " + b);
        }
    }
}
