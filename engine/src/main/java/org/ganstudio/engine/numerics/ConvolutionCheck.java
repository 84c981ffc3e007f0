package org.ganstudio.engine.numerics;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Random;
import org.ganstudio.engine.api.NumericCheck;
import org.ganstudio.engine.nn.ConvolutionMode;
import org.ganstudio.engine.nn.Convolutions;
import org.ganstudio.engine.nn.PtAutograd;

/**
 * Computes one {@link ConvolutionCase} as training does (float32, in a given mode) and again as a reference
 * (float64, which the CPU library computes without oneDNN), and compares four results: the output, the
 * input gradient (backward-data), the weight gradient (backward-weights) and the weight gradient of a loss
 * built from the input gradient (the double backward of a gradient penalty).
 *
 * <p>Before the float32 run, memory of the sizes involved is filled with NaN and freed, so that a kernel
 * which reads memory it never wrote (the failure seen on AMD Zen 5) reads NaN and fails every time instead of
 * now and then.
 */
final class ConvolutionCheck {

    /** Largest relative error accepted; float32 rounding stays below 1e-5 on these shapes. */
    static final double TOLERANCE = 1e-3;

    private static final String[] PARTS = {"output", "input gradient", "weight gradient", "second-order gradient"};

    private final ConvolutionProbe probe;

    ConvolutionCheck(ConvolutionProbe probe) {
        this.probe = probe;
    }

    NumericCheck run(ConvolutionCase c, ConvolutionMode mode, Device device, long seed) {
        Random random = new Random(seed);
        float[] x = gaussian(random, (long) c.batch() * c.inChannels() * c.side() * c.side(), 1);
        float[] w = gaussian(random, (long) c.outChannels() * c.inChannels() * c.kernel() * c.kernel(), 0.2);
        long outputs = (long) c.batch() * c.outChannels() * c.outputSide() * c.outputSide();
        float[] r = gaussian(random, outputs, 1);
        float[] r2 = gaussian(random, x.length, 1);
        try (NDManager manager = NDManager.newBaseManager(device)) {
            poison(manager, Math.max(x.length, outputs) * 4L);
            double[][] got = compute(manager, c, x, w, r, r2, DataType.FLOAT32, (xs, ws) -> probe.convolve(xs, ws,
                    c.stride(), c.padding(), mode));
            double[][] reference = compute(manager, c, x, w, r, r2, DataType.FLOAT64, (xs, ws) -> Convolutions.conv2d(xs,
                    ws, null, c.stride(), c.padding(), ConvolutionMode.NATIVE));
            double worst = 0;
            String worstPart = PARTS[0];
            for (int part = 0; part < PARTS.length; part++) {
                double error = relativeError(got[part], reference[part]);
                if (Double.isNaN(error)) {
                    error = Double.POSITIVE_INFINITY;
                }
                if (error > worst) {
                    worst = error;
                    worstPart = PARTS[part];
                }
            }
            return new NumericCheck(c.describe(), worst, worstPart, worst <= TOLERANCE);
        }
    }

    private interface Conv {
        NDArray apply(NDArray x, NDArray w);
    }

    private static double[][] compute(NDManager parent, ConvolutionCase c, float[] xv, float[] wv, float[] rv,
            float[] r2v, DataType type, Conv conv) {
        try (NDManager m = parent.newSubManager()) {
            NDArray x = m.create(xv, new Shape(c.batch(), c.inChannels(), c.side(), c.side())).toType(type, false);
            NDArray w = m.create(wv, new Shape(c.outChannels(), c.inChannels(), c.kernel(), c.kernel())).toType(type, false);
            NDArray r = m.create(rv, new Shape(c.batch(), c.outChannels(), c.outputSide(), c.outputSide())).toType(type, false);
            NDArray r2 = m.create(r2v, x.getShape()).toType(type, false);
            x.setRequiresGradient(true);
            w.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = conv.apply(x, w);
                NDArray inputGradient = PtAutograd.gradientWithGraph(y.mul(r), x);
                double[] dx = values(inputGradient);
                double[] dw = values(w.getGradient());
                PtAutograd.clearGradients(List.of(w));
                collector.backward(inputGradient.mul(r2).sum());
                return new double[][] {values(y), dx, dw, values(w.getGradient())};
            }
        }
    }

    private static double[] values(NDArray a) {
        return a.toType(DataType.FLOAT64, false).toDoubleArray();
    }

    /** max |got - reference| / max |reference|; NaN when anything is not finite. */
    static double relativeError(double[] got, double[] reference) {
        double diff = 0;
        double scale = 1e-12;
        for (int i = 0; i < got.length; i++) {
            if (!Double.isFinite(got[i])) {
                return Double.NaN;
            }
            diff = Math.max(diff, Math.abs(got[i] - reference[i]));
            scale = Math.max(scale, Math.abs(reference[i]));
        }
        return diff / scale;
    }

    /** Fills and frees memory of sizes up to {@code bytes}, twice each, with NaN. */
    private static void poison(NDManager manager, long bytes) {
        for (long floats = 256; floats * 4 <= Math.max(bytes * 2, 1 << 16); floats *= 2) {
            for (int i = 0; i < 2; i++) {
                manager.full(new Shape(floats), Float.NaN).close();
            }
        }
    }

    private static float[] gaussian(Random random, long count, double scale) {
        float[] v = new float[Math.toIntExact(count)];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextGaussian() * scale);
        }
        return v;
    }
}
