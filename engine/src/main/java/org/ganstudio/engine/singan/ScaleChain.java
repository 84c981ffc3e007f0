package org.ganstudio.engine.singan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.Scalars;
import org.ganstudio.engine.train.StepRandom;

/**
 * Passes through a pyramid of generators, shared by training and sampling. Every pass runs the generators in
 * inference mode (BatchNorm with its running statistics, as the official code's {@code eval()}), outside any
 * gradient collector, and changes nothing.
 */
final class ScaleChain {

    /** A generator with its scale and the amplitude of the noise it gets. */
    record Stage(Scale scale, Block generator, double noiseAmplitude) {}

    private ScaleChain() {}

    /**
     * N(0, 1) noise (1, C, h, w) from {@code random}; with {@code shared} one plane is drawn and used for every
     * channel (scale 0 of the official code: grey noise).
     */
    static NDArray noise(NDManager m, SplittableRandom random, int channels, int height, int width, boolean shared) {
        int plane = height * width;
        float[] values = shared ? repeat(StepRandom.gaussian(random, plane), channels)
                : StepRandom.gaussian(random, channels * plane);
        return m.create(values, new Shape(1, channels, height, width));
    }

    /** One noise plane used for every channel, as (1, C, h, w). */
    static NDArray shared(NDManager m, float[] plane, int channels, int height, int width) {
        return m.create(repeat(plane, channels), new Shape(1, channels, height, width));
    }

    private static float[] repeat(float[] plane, int times) {
        float[] out = new float[plane.length * times];
        for (int c = 0; c < times; c++) {
            System.arraycopy(plane, 0, out, c * plane.length, plane.length);
        }
        return out;
    }

    /**
     * The random path: from {@code prev} (the input image of scale {@code from}, zeros at scale 0) through the
     * generators {@code from..to} with fresh noise, upsampling between them to {@code sizes}; returns the
     * output of scale {@code to}.
     */
    static NDArray random(List<Stage> stages, List<Scale> sizes, int from, int to, NDArray prev,
            SplittableRandom random, SinganConfig c, ParameterStore store) {
        return withNoise(stages, sizes, from, to, prev,
                (k, size) -> noise(prev.getManager(), random, c.channels(), size.height(), size.width(), k == 0), c, store);
    }

    /** The noise (unit variance, before the amplitude) of scale k at the given size. */
    @FunctionalInterface
    interface NoiseSource {
        NDArray noise(int k, Scale size);
    }

    /** The random path with each scale's noise from {@code noise} (animations walk one scale's noise). */
    static NDArray withNoise(List<Stage> stages, List<Scale> sizes, int from, int to, NDArray prev, NoiseSource noise,
            SinganConfig c, ParameterStore store) {
        NDArray x = prev;
        NDArray out = null;
        for (int k = from; k <= to; k++) {
            Scale size = sizes.get(k);
            if (k > from) {
                x = Resampling.resize(out, size.height(), size.width());
            }
            NDArray z = Scalars.times(noise.noise(k, size), stages.get(k).noiseAmplitude());
            out = SinganNetworks.generate(stages.get(k).generator(), store, c, z, x, false);
        }
        return out;
    }

    /**
     * The reconstruction path: z_opt (times scale 0's amplitude) at scale 0 and no noise above, through the
     * generators {@code 0..to} at their trained sizes; returns the output of scale {@code to}.
     */
    static NDArray reconstruction(List<Stage> stages, int to, float[] zOpt, NDManager m, SinganConfig c,
            ParameterStore store) {
        NDArray out = null;
        for (int k = 0; k <= to; k++) {
            Scale s = stages.get(k).scale();
            Shape shape = new Shape(1, c.channels(), s.height(), s.width());
            NDArray prev = k == 0 ? m.zeros(shape) : Resampling.resize(out, s.height(), s.width());
            NDArray z = k == 0 ? Scalars.times(shared(m, zOpt, c.channels(), s.height(), s.width()), stages.get(0).noiseAmplitude())
                    : m.zeros(shape);
            out = SinganNetworks.generate(stages.get(k).generator(), store, c, z, prev, false);
        }
        return out;
    }
}
