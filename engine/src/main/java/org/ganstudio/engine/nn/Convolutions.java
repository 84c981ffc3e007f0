package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.Objects;

/**
 * The one way the engine computes a 2-D convolution (dilation 1, one group), in the process-wide
 * {@link ConvolutionMode}. Blocks ({@link Conv2dLayer}), the transposed convolution's paths and the fast
 * inference paths all call {@link #conv2d}, so the numeric self-check that picks the mode covers every
 * convolution the studio runs.
 *
 * <p>The mode is process-wide like the native library it works around: set once at start-up by the
 * self-check (or by a test), read on every call.
 */
public final class Convolutions {

    /** Filter counts are padded to a multiple of this in {@link ConvolutionMode#CHANNEL_PADDED}. */
    public static final int CHANNEL_BLOCK = 16;

    private static volatile ConvolutionMode mode = ConvolutionMode.CHANNEL_PADDED;

    private Convolutions() {}

    /** The mode every convolution uses now. */
    public static ConvolutionMode mode() {
        return mode;
    }

    /** Sets the mode for every later convolution in this process. */
    public static void setMode(ConvolutionMode newMode) {
        mode = Objects.requireNonNull(newMode, "mode");
    }

    /**
     * A convolution of x (N, Cin, H, W) with weight (Cout, Cin, kh, kw) and an optional bias (Cout), as
     * PyTorch's {@code conv2d}; differentiable, twice where the graph is kept. Arrays made here belong to
     * x's manager.
     */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray biasOrNull, int stride, int padding) {
        return conv2d(x, weight, biasOrNull, stride, padding, mode);
    }

    /** {@link #conv2d(NDArray, NDArray, NDArray, int, int)} in a given mode, for the self-check and tests. */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray biasOrNull, int stride, int padding,
            ConvolutionMode in) {
        Shape xs = x.getShape();
        Shape ws = weight.getShape();
        if (xs.dimension() != 4 || ws.dimension() != 4 || xs.get(1) != ws.get(1)) {
            throw new IllegalArgumentException("expected x (N, C, H, W) and weight (Cout, C, kh, kw), got " + xs
                    + " and " + ws);
        }
        if (stride < 1 || padding < 0) {
            throw new IllegalArgumentException("stride must be >= 1 and padding >= 0, got " + stride + ", " + padding);
        }
        switch (in) {
            case MATRIX_PRODUCT:
                return matrixProduct(x, StepArrays.local(weight, x), StepArrays.local(biasOrNull, x), stride, padding);
            case CHANNEL_PADDED:
                if (ws.get(0) % CHANNEL_BLOCK != 0 && gradientFlowsTo(x)) {
                    return channelPadded(x, StepArrays.local(weight, x), biasOrNull, stride, padding);
                }
                return library(x, weight, biasOrNull, stride, padding);
            case NATIVE:
            default:
                return library(x, weight, biasOrNull, stride, padding);
        }
    }

    /**
     * True when autograd is recording, so the library's backward-data kernel may run for x. DJL cannot tell
     * whether an intermediate array requires a gradient ({@code hasGradient} is false for every non-leaf), so
     * every convolution recorded for autograd counts.
     */
    private static boolean gradientFlowsTo(NDArray x) {
        return PtAutograd.isRecording();
    }

    private static NDArray library(NDArray x, NDArray weight, NDArray bias, int stride, int padding) {
        return Conv2d.conv2d(x, weight, bias, new Shape(stride, stride), new Shape(padding, padding), new Shape(1, 1), 1)
                .singletonOrThrow();
    }

    private static NDArray channelPadded(NDArray x, NDArray weight, NDArray bias, int stride, int padding) {
        Shape ws = weight.getShape();
        long filters = ws.get(0);
        long extra = CHANNEL_BLOCK - filters % CHANNEL_BLOCK;
        NDArray zeros = x.getManager().zeros(new Shape(extra, ws.get(1), ws.get(2), ws.get(3)), weight.getDataType(),
                weight.getDevice());
        NDArray padded = NDArrays.concat(new NDList(weight, zeros), 0);
        NDArray y = library(x, padded, null, stride, padding).get(new NDIndex(":, :{}", filters));
        return bias == null ? y : y.add(StepArrays.local(bias, x).reshape(1, filters, 1, 1));
    }

    /** im2col by strided slices of the zero-padded input, then one (batched) matrix product with the kernel. */
    private static NDArray matrixProduct(NDArray x, NDArray weight, NDArray bias, int stride, int padding) {
        Shape xs = x.getShape();
        Shape ws = weight.getShape();
        long n = xs.get(0);
        long filters = ws.get(0);
        int kh = (int) ws.get(2);
        int kw = (int) ws.get(3);
        long oh = (xs.get(2) + 2L * padding - kh) / stride + 1;
        long ow = (xs.get(3) + 2L * padding - kw) / stride + 1;
        if (oh < 1 || ow < 1) {
            throw new IllegalArgumentException("kernel " + ws + " does not fit input " + xs + " padded by " + padding);
        }
        NDArray padded = padding == 0 ? x : x.pad(new Shape(padding, padding, padding, padding), 0);
        NDList taps = new NDList(kh * kw);
        for (int ky = 0; ky < kh; ky++) {
            for (int kx = 0; kx < kw; kx++) {
                taps.add(padded.get(new NDIndex(":, :, {}:{}:{}, {}:{}:{}", ky, ky + stride * (oh - 1) + 1, stride,
                        kx, kx + stride * (ow - 1) + 1, stride)));
            }
        }
        // rows (cin, ky, kx) in the kernel's own order, one column per (image, output pixel): one plain
        // matrix product (a batched product with a broadcast kernel is another library path)
        NDArray columns = NDArrays.stack(taps, 2).reshape(n, -1, oh * ow).transpose(1, 0, 2).reshape(-1, n * oh * ow);
        NDArray y = weight.reshape(filters, -1).matMul(columns).reshape(filters, n, oh, ow).transpose(1, 0, 2, 3);
        return bias == null ? y : y.add(bias.reshape(1, filters, 1, 1));
    }
}
