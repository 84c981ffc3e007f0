package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * The exact ways {@link ConvTranspose2d#apply} computes a transposed convolution from ordinary
 * convolutions. Each path takes the kernel already flipped spatially with its in/out axes swapped,
 * shape (Cout, Cin, k, k), so that {@code y = conv(upsampled, flipped)} is the transposed convolution.
 */
final class TransposedConvPaths {

    private TransposedConvPaths() {}

    /**
     * A 1x1 input with no padding: every output pixel (ky, kx) is in . w[:, :, ky, kx], so the whole
     * transposed convolution is one matrix product (N, Cin) x (Cin, Cout*k*k), whatever the stride.
     */
    static NDArray fromPoint(NDArray x, NDArray weight, NDArray bias) {
        Shape ws = weight.getShape();
        long n = x.getShape().get(0);
        long cin = ws.get(0);
        long cout = ws.get(1);
        long k = ws.get(2);
        NDArray y = x.reshape(n, cin).matMul(weight.reshape(cin, cout * k * k)).reshape(n, cout, k, k);
        return bias == null ? y : y.add(bias.reshape(1, cout, 1, 1));
    }

    /**
     * Kernel 4, stride 2, padding 1: output pixel (2m+a, 2l+b) only meets the taps of parity (a, b)
     * of the flipped kernel, so the output is four 2x2 convolutions ("phases") interleaved. The four
     * phase kernels are stacked along the output-channel axis ({@link #phaseKernels}) and run as one
     * conv2d (4*Cout filters) over the input padded by 1; phase (a, b) is the window of that result
     * starting at (a, b). The windows are stacked next to the channel axis and put in place by one
     * permutation, (N, Cout, a, b, H, W) to (N, Cout, H, a, W, b).
     *
     * @param phaseKernel (4*Cout, Cin, 2, 2) from {@link #phaseKernels}
     * @param phaseBias (4*Cout) from {@link #phaseBias}, or null
     */
    static NDArray fourPhase(NDArray x, NDArray phaseKernel, NDArray phaseBias) {
        long n = x.getShape().get(0);
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        long cout = phaseKernel.getShape().get(0) / 4;
        NDArray all = conv(x, phaseKernel, phaseBias, 1); // (N, 4*Cout, H+1, W+1)
        NDList windows = new NDList(4);
        for (int phase = 0; phase < 4; phase++) {
            long c0 = phase * cout;
            int a = phase / 2;
            int b = phase % 2;
            windows.add(all.get(new NDIndex(":, {}:{}, {}:{}, {}:{}", c0, c0 + cout, a, a + h, b, b + w)));
        }
        return NDArrays.stack(windows, 2) // (N, Cout, 4, H, W)
                .reshape(n, cout, 2, 2, h, w)
                .transpose(0, 1, 4, 2, 5, 3) // (N, Cout, H, a, W, b)
                .reshape(n, cout, 2 * h, 2 * w);
    }

    /** The four 2x2 phase kernels of a flipped 4x4 kernel (Cout, Cin, 4, 4), stacked: (4*Cout, Cin, 2, 2). */
    static NDArray phaseKernels(NDArray flipped) {
        NDList kernels = new NDList(4);
        for (int phase = 0; phase < 4; phase++) {
            kernels.add(flipped.get(new NDIndex(":, :, {}::2, {}::2", phase / 2, phase % 2)));
        }
        return NDArrays.concat(kernels, 0);
    }

    /** The bias repeated for the four phases, or null without one. */
    static NDArray phaseBias(NDArray bias) {
        return bias == null ? null : NDArrays.concat(new NDList(bias, bias, bias, bias), 0);
    }

    /**
     * Stride 1, or any stride after {@link #zeroUpsample}: a full convolution with the flipped kernel,
     * i.e. zero padding of k-1-p. A padding larger than k-1 crops the result instead.
     */
    static NDArray fullConv(NDArray x, NDArray flipped, NDArray bias, int padding) {
        int k = (int) flipped.getShape().get(2);
        int pad = k - 1 - padding;
        if (pad >= 0) {
            return conv(x, flipped, bias, pad);
        }
        NDArray y = conv(x, flipped, bias, 0);
        int crop = -pad;
        long h = y.getShape().get(2);
        long w = y.getShape().get(3);
        return y.get(new NDIndex(":, :, {}:{}, {}:{}", crop, h - crop, crop, w - crop));
    }

    /** Inserts (s-1) zeros between neighbouring pixels: (H, W) becomes ((H-1)s+1, (W-1)s+1). */
    static NDArray zeroUpsample(NDArray x, int stride) {
        Shape s = x.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        NDArray zerosW = zeros(x, new Shape(n, c, h, w, stride - 1));
        NDArray wide = NDArrays.concat(new NDList(x.expandDims(4), zerosW), 4).reshape(n, c, h, w * stride);
        NDArray zerosH = zeros(x, new Shape(n, c, h, stride - 1, w * stride));
        NDArray full = NDArrays.concat(new NDList(wide.expandDims(3), zerosH), 3);
        long outH = (h - 1) * stride + 1;
        long outW = (w - 1) * stride + 1;
        return full.reshape(n, c, h * stride, w * stride).get(new NDIndex(":, :, :{}, :{}", outH, outW));
    }

    private static NDArray zeros(NDArray like, Shape shape) {
        return like.getManager().zeros(shape, like.getDataType(), like.getDevice());
    }

    private static NDArray conv(NDArray x, NDArray kernel, NDArray bias, int padding) {
        return Convolutions.conv2d(x, kernel, bias, 1, padding);
    }
}
