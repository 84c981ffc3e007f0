package org.ganstudio.engine.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 2-D transposed convolution with a square kernel, exactly as PyTorch's {@code ConvTranspose2d}
 * (Dumoulin and Visin, "A guide to convolution arithmetic for deep learning", 2016, section 4),
 * built from ordinary convolutions because DJL's PyTorch engine does not implement deconvolution.
 *
 * <p>Weight shape (Cin, Cout, k, k), optional bias (Cout); for input (N, Cin, H, W) the output is
 * (N, Cout, (H-1)s - 2p + k, (W-1)s - 2p + k), with out[y = i*s - p + ky][x = j*s - p + kx] summing
 * in[i][j] * w[ky][kx].
 */
public final class ConvTranspose2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int filters;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final Parameter weight;
    private final Parameter bias;

    private ConvTranspose2d(Builder builder) {
        super(VERSION);
        filters = builder.filters;
        kernel = builder.kernel;
        stride = builder.stride;
        padding = builder.padding;
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        bias = builder.bias
                ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build())
                : null;
    }

    /** Returns a builder; filters and kernel are required, stride defaults to 1, padding to 0. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Applies a transposed convolution. Kernel 4, stride 2, padding 1 takes a four-phase path with the
     * FLOPs of the real operation; stride 1 is a plain convolution with the flipped kernel; anything
     * else convolves the zero-upsampled input. All paths are exact and differentiable.
     *
     * @param x input (N, Cin, H, W)
     * @param weight kernel (Cin, Cout, k, k)
     * @param biasOrNull bias (Cout), or null
     * @param stride stride s, at least 1
     * @param padding padding p, at least 0
     * @return output (N, Cout, (H-1)s - 2p + k, (W-1)s - 2p + k)
     */
    public static NDArray apply(NDArray x, NDArray weight, NDArray biasOrNull, int stride, int padding) {
        Shape ws = weight.getShape();
        if (x.getShape().dimension() != 4 || ws.dimension() != 4 || ws.get(2) != ws.get(3)) {
            throw new IllegalArgumentException("expected x (N,C,H,W) and a square kernel, got "
                    + x.getShape() + " and " + ws);
        }
        if (x.getShape().get(1) != ws.get(0)) {
            throw new IllegalArgumentException("input channels " + x.getShape().get(1) + " != weight " + ws);
        }
        int k = (int) ws.get(2);
        if (stride < 1 || padding < 0 || outputSize(x.getShape().get(2), k, stride, padding) < 1
                || outputSize(x.getShape().get(3), k, stride, padding) < 1) {
            throw new IllegalArgumentException(
                    "bad stride " + stride + " / padding " + padding + " for input " + x.getShape());
        }
        if (x.getShape().get(2) == 1 && x.getShape().get(3) == 1 && padding == 0) {
            return TransposedConvPaths.fromPoint(x, weight, biasOrNull);
        }
        NDArray flipped = weight.flip(2, 3).transpose(1, 0, 2, 3);
        if (k == 4 && stride == 2 && padding == 1) {
            return TransposedConvPaths.fourPhase(x, TransposedConvPaths.phaseKernels(flipped),
                    TransposedConvPaths.phaseBias(biasOrNull));
        }
        NDArray input = stride == 1 ? x : TransposedConvPaths.zeroUpsample(x, stride);
        return TransposedConvPaths.fullConv(input, flipped, biasOrNull, padding);
    }

    /**
     * Rearranges a weight (and bias) once into the form {@link #apply} would build on every call, for
     * repeated inference with fixed weights. The arrays are created in the weight's manager; the caller
     * owns them (attach them where they should live) and must prepare again after the weight changes.
     *
     * @param weight kernel (Cin, Cout, k, k), square
     * @param biasOrNull bias (Cout), or null
     * @param stride stride s, at least 1
     * @param padding padding p, at least 0
     * @return the prepared operation
     */
    public static Prepared prepare(NDArray weight, NDArray biasOrNull, int stride, int padding) {
        Shape ws = weight.getShape();
        if (ws.dimension() != 4 || ws.get(2) != ws.get(3) || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("expected a square kernel (Cin, Cout, k, k), got " + ws);
        }
        int k = (int) ws.get(2);
        long cin = ws.get(0);
        long cout = ws.get(1);
        NDArray flipped = weight.flip(2, 3).transpose(1, 0, 2, 3);
        NDArray kernel;
        NDArray bias = biasOrNull;
        if (k == 4 && stride == 2 && padding == 1) {
            kernel = TransposedConvPaths.phaseKernels(flipped);
            bias = TransposedConvPaths.phaseBias(biasOrNull);
        } else {
            kernel = flipped.toType(flipped.getDataType(), true); // contiguous copy
        }
        // the 1x1-input form: (Cout*k*k, Cin) rows for a fused x @ W^T + b, bias repeated over the k*k taps
        NDArray pointRows = padding == 0 ? weight.reshape(cin, cout * k * k).transpose(1, 0).toType(weight.getDataType(), true)
                : null;
        NDArray pointBias = padding == 0 && biasOrNull != null ? biasOrNull.reshape(cout, 1).repeat(1, (long) k * k).reshape(-1)
                : null;
        return new Prepared(k, stride, padding, cout, kernel, bias, pointRows, pointBias);
    }

    /** Output length (in-1)*s - 2p + k of one spatial axis. */
    public static long outputSize(long in, int kernel, int stride, int padding) {
        return (in - 1) * stride - 2L * padding + kernel;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray w = StepArrays.local(store.getValue(weight, device, training), x);
        NDArray b = bias == null ? null : StepArrays.local(store.getValue(bias, device, training), x);
        return new NDList(apply(x, w, b, stride, padding));
    }

    @Override
    protected void beforeInitialize(Shape... inputShapes) {
        super.beforeInitialize(inputShapes);
        if (inputShapes[0].dimension() != 4) {
            throw new IllegalArgumentException("ConvTranspose2d expects (N, C, H, W), got " + inputShapes[0]);
        }
    }

    @Override
    protected void prepare(Shape[] inputs) {
        weight.setShape(new Shape(inputs[0].get(1), filters, kernel, kernel));
        if (bias != null) {
            bias.setShape(new Shape(filters));
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        Shape in = inputs[0];
        return new Shape[] {new Shape(in.get(0), filters, outputSize(in.get(2), kernel, stride, padding),
                outputSize(in.get(3), kernel, stride, padding))};
    }

    /** Output channels. */
    public int filters() {
        return filters;
    }

    /** Kernel side k. */
    public int kernel() {
        return kernel;
    }

    /** Stride s. */
    public int stride() {
        return stride;
    }

    /** Padding p. */
    public int padding() {
        return padding;
    }

    /** The weight parameter (Cin, Cout, k, k). */
    public Parameter weightParameter() {
        return weight;
    }

    /** The bias parameter (Cout), or null when the block has none. */
    public Parameter biasParameter() {
        return bias;
    }

    /**
     * A transposed convolution with its weights already rearranged by {@link ConvTranspose2d#prepare}:
     * the same result as {@link ConvTranspose2d#apply} without redoing the rearrangement on every call.
     * Meant for inference; gradients flow only to the prepared arrays, not to the original weight.
     */
    public static final class Prepared {
        private final int kernel;
        private final int stride;
        private final int padding;
        private final long cout;
        private final NDArray convKernel;
        private final NDArray convBias;
        private final NDArray pointRows;
        private final NDArray pointBias;

        private Prepared(int kernel, int stride, int padding, long cout, NDArray convKernel, NDArray convBias,
                NDArray pointRows, NDArray pointBias) {
            this.kernel = kernel;
            this.stride = stride;
            this.padding = padding;
            this.cout = cout;
            this.convKernel = convKernel;
            this.convBias = convBias;
            this.pointRows = pointRows;
            this.pointBias = pointBias;
        }

        /** The arrays this holds, to attach to the manager that should own them. */
        public NDList arrays() {
            NDList all = new NDList(convKernel);
            for (NDArray a : new NDArray[] {convBias, pointRows, pointBias}) {
                if (a != null) {
                    all.add(a);
                }
            }
            return all;
        }

        /**
         * Applies the transposed convolution to x (N, Cin, H, W). Every operation takes x (or what came of it)
         * as its first operand, so every array it makes belongs to x's manager.
         */
        public NDArray apply(NDArray x) {
            Shape s = x.getShape();
            if (s.dimension() != 4 || s.get(1) != convKernel.getShape().get(1)) {
                throw new IllegalArgumentException("input " + s + " does not fit kernel " + convKernel.getShape());
            }
            if (s.get(2) == 1 && s.get(3) == 1 && pointRows != null) {
                NDArray flat = Linear.linear(x.reshape(s.get(0), s.get(1)), pointRows, pointBias).singletonOrThrow();
                return flat.reshape(s.get(0), cout, kernel, kernel);
            }
            if (kernel == 4 && stride == 2 && padding == 1) {
                return TransposedConvPaths.fourPhase(x, convKernel, convBias);
            }
            NDArray input = stride == 1 ? x : TransposedConvPaths.zeroUpsample(x, stride);
            return TransposedConvPaths.fullConv(input, convKernel, convBias, padding);
        }
    }

    /** Builder in DJL's style: {@code setX} for required values, {@code optX} for optional ones. */
    public static final class Builder {
        private int filters;
        private int kernel;
        private int stride = 1;
        private int padding;
        private boolean bias = true;

        private Builder() {}

        public Builder setFilters(int filters) {
            this.filters = filters;
            return this;
        }

        public Builder setKernel(int kernel) {
            this.kernel = kernel;
            return this;
        }

        public Builder optStride(int stride) {
            this.stride = stride;
            return this;
        }

        public Builder optPadding(int padding) {
            this.padding = padding;
            return this;
        }

        public Builder optBias(boolean bias) {
            this.bias = bias;
            return this;
        }

        /** Builds the block; throws if filters or kernel is missing or stride/padding is invalid. */
        public ConvTranspose2d build() {
            if (filters < 1 || kernel < 1 || stride < 1 || padding < 0) {
                throw new IllegalArgumentException(
                        "need filters >= 1, kernel >= 1, stride >= 1 and padding >= 0");
            }
            return new ConvTranspose2d(this);
        }
    }
}
