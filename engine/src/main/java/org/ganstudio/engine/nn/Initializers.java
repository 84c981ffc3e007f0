package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fills parameter arrays in place from a caller-owned {@link SplittableRandom}, so a seed fixes every
 * value on any engine and JDK (normals come from Box-Muller over {@code nextDouble}, not from a
 * JDK-specific {@code nextGaussian}). {@link #dcgan} applies the DCGAN paper's scheme (Radford, Metz
 * and Chintala, "Unsupervised Representation Learning with Deep Convolutional GANs", 2016, section 4):
 * weights N(0, 0.02), normalisation scales N(1, 0.02), shifts and biases 0.
 */
public final class Initializers {

    /** The DCGAN standard deviation. */
    public static final double DCGAN_STD = 0.02;

    private Initializers() {}

    /** {@code count} values from N(mean, std^2), drawn in order from {@code random}. */
    public static double[] normal(SplittableRandom random, int count, double mean, double std) {
        double[] values = new double[count];
        for (int i = 0; i < count; i += 2) {
            double radius = Math.sqrt(-2 * Math.log(1 - random.nextDouble())); // 1 - u lies in (0, 1]
            double angle = 2 * Math.PI * random.nextDouble();
            values[i] = mean + std * radius * Math.cos(angle);
            if (i + 1 < count) {
                values[i + 1] = mean + std * radius * Math.sin(angle);
            }
        }
        return values;
    }

    /** Overwrites a FLOAT32 or FLOAT64 array with N(mean, std^2) values in row-major order. */
    public static void fillNormal(NDArray array, SplittableRandom random, double mean, double std) {
        write(array, normal(random, Math.toIntExact(array.size()), mean, std));
    }

    /** Overwrites a FLOAT32 or FLOAT64 array with one value. */
    public static void fillConstant(NDArray array, double value) {
        double[] values = new double[Math.toIntExact(array.size())];
        Arrays.fill(values, value);
        write(array, values);
    }

    /**
     * Re-initialises initialised parameters the DCGAN way, in the list's order: WEIGHT N(0, 0.02),
     * GAMMA N(1, 0.02), BETA and BIAS 0; running statistics and other types are left alone.
     */
    public static void dcgan(PairList<String, Parameter> parameters, SplittableRandom random) {
        for (Pair<String, Parameter> pair : parameters) {
            Parameter p = pair.getValue();
            if (!p.isInitialized()) {
                throw new IllegalStateException("parameter " + pair.getKey() + " is not initialised yet");
            }
            switch (p.getType()) {
                case WEIGHT -> fillNormal(p.getArray(), random, 0, DCGAN_STD);
                case GAMMA -> fillNormal(p.getArray(), random, 1, DCGAN_STD);
                case BETA, BIAS -> fillConstant(p.getArray(), 0);
                default -> { }
            }
        }
    }

    private static void write(NDArray array, double[] values) {
        DataType type = array.getDataType();
        if (type == DataType.FLOAT64) {
            array.set(DoubleBuffer.wrap(values));
        } else if (type == DataType.FLOAT32) {
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            array.set(FloatBuffer.wrap(floats));
        } else {
            throw new IllegalArgumentException("only FLOAT32 and FLOAT64 arrays can be filled, got " + type);
        }
    }
}
