package org.ganstudio.engine.numerics;

import java.util.List;

/**
 * A convolution shape the self-check computes: batch, channels in and out, a square kernel, stride, zero
 * padding and a square input.
 */
record ConvolutionCase(int batch, int inChannels, int outChannels, int kernel, int stride, int padding, int side) {

    /**
     * The kinds of convolution the studio's networks run: first layers on 1 or 3 image channels, the last
     * layers of discriminators (1 filter) and of generators (the four-phase up-convolution's 4 or 12
     * filters, kernel 2), DCGAN's 7x7 head at 28 px, and a layer whose channels fill oneDNN's 16-blocks.
     * Filter counts that are not multiples of 16 are the ones known to go wrong.
     */
    static List<ConvolutionCase> studioShapes() {
        return List.of(
                new ConvolutionCase(2, 1, 1, 4, 2, 1, 16),
                new ConvolutionCase(2, 3, 16, 4, 2, 1, 16),
                new ConvolutionCase(2, 32, 1, 4, 1, 1, 8),
                new ConvolutionCase(2, 64, 1, 4, 1, 0, 4),
                new ConvolutionCase(2, 16, 4, 2, 1, 1, 8),
                new ConvolutionCase(2, 16, 12, 2, 1, 1, 8),
                new ConvolutionCase(2, 32, 1, 7, 1, 0, 7),
                new ConvolutionCase(2, 16, 32, 4, 2, 1, 16));
    }

    long outputSide() {
        return (side + 2L * padding - kernel) / stride + 1;
    }

    String describe() {
        return inChannels + " → " + outChannels + " channels, kernel " + kernel + ", stride " + stride + ", padding "
                + padding + ", " + side + " px";
    }
}
