package org.ganstudio.engine.cyclegan;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import org.ganstudio.engine.nn.Conv2dLayer;
import org.ganstudio.engine.nn.InstanceNorm2d;

/**
 * The PatchGAN discriminator of CycleGAN (Zhu et al. 2017, appendix 7.2): C64-C128-C256-C512 with 4x4
 * convolutions, the first three of stride 2 and the fourth of stride 1, instance norm after all but the first,
 * LeakyReLU 0.2, then a 4x4 convolution to one channel. With three strided layers each output sees a 70x70 patch of
 * the image; the output is the raw score of each patch (the least-squares loss takes it as it is). Widths double
 * from ndf and stop at 8 ndf. Pix2Pix's discriminator has the same shape but judges (input, output) pairs with
 * its own norm choice, so each family builds its own.
 */
final class PatchDiscriminator {

    static final int KERNEL = 4;
    static final int PADDING = 1;
    static final float LEAKY_SLOPE = 0.2f;
    static final int MAX_WIDTH_FACTOR = 8;

    private PatchDiscriminator() {}

    /** The discriminator of images with {@code channels}: (N, channels, S, S) to (N, 1, P, P) patch scores. */
    static Block build(int channels, int ndf, int stridedLayers) {
        if (channels < 1 || ndf < 1 || stridedLayers < 1) {
            throw new IllegalArgumentException("bad PatchGAN: " + channels + " channels, ndf " + ndf + ", "
                    + stridedLayers + " strided layers");
        }
        SequentialBlock d = new SequentialBlock();
        d.add(convolution(ndf, 2));
        leakyRelu(d);
        int width = ndf;
        for (int i = 1; i <= stridedLayers; i++) {
            width = ndf * Math.min(1 << i, MAX_WIDTH_FACTOR);
            d.add(convolution(width, i < stridedLayers ? 2 : 1));
            d.add(InstanceNorm2d.builder().build());
            leakyRelu(d);
        }
        d.add(convolution(1, 1));
        return d;
    }

    private static Block convolution(int filters, int stride) {
        return Conv2dLayer.layer().setFilters(filters).setKernel(KERNEL).optStride(stride).optPadding(PADDING).build();
    }

    private static void leakyRelu(SequentialBlock block) {
        block.add(arrays -> new NDList(Activation.leakyRelu(arrays.singletonOrThrow(), LEAKY_SLOPE)));
    }
}
