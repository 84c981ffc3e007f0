package org.ganstudio.engine.numerics;

import ai.djl.ndarray.NDArray;
import org.ganstudio.engine.nn.ConvolutionMode;

/** How the self-check computes the float32 convolution under test: {@code Convolutions.conv2d}, or a test's fault. */
@FunctionalInterface
public interface ConvolutionProbe {

    /** A convolution without bias of x (N, Cin, H, W) with weight (Cout, Cin, k, k) in the given mode. */
    NDArray convolve(NDArray x, NDArray weight, int stride, int padding, ConvolutionMode mode);
}
