package org.ganstudio.engine.pix2pix;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import org.ganstudio.engine.nn.Conv2dLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * The PatchGAN discriminator of Isola et al. 2017 (section 3.2.2): a fully convolutional net that gives one
 * logit per overlapping patch of the (input, output) pair, concatenated along the channels. As the reference
 * implementation's "n_layers" discriminator: C(ndf) s2 without norm, then n-1 more stride-2 layers doubling
 * the width (capped at 8 ndf), one stride-1 layer, and a stride-1 convolution to 1 channel (no sigmoid: the
 * losses take logits); kernels 4, padding 1, LeakyReLU 0.2. With n = 3 (the paper's 256 px setting,
 * C64-C128-C256-C512) each logit sees a 70x70 patch.
 */
public final class PatchDiscriminator {

    private PatchDiscriminator() {}

    /**
     * One convolution of the discriminator.
     *
     * @param in input channels
     * @param out output channels
     * @param stride 2 or 1 (kernel 4, padding 1 always)
     * @param normed whether a norm follows
     * @param activated whether LeakyReLU 0.2 follows (all but the last)
     */
    record Layer(int in, int out, int stride, boolean normed, boolean activated) {
        static final int KERNEL = 4;
        static final int PADDING = 1;

        long outputSide(long inputSide) {
            return (inputSide + 2L * PADDING - KERNEL) / stride + 1;
        }
    }

    /** The convolutions for {@code channels} input channels (input + output image), ndf and n strided layers. */
    static List<Layer> layers(int channels, int ndf, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a PatchGAN needs at least one strided layer, not " + n);
        }
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(channels, ndf, 2, false, true));
        int width = ndf;
        for (int i = 1; i < n; i++) {
            int next = ndf * Math.min(1 << i, 8);
            layers.add(new Layer(width, next, 2, true, true));
            width = next;
        }
        int last = ndf * Math.min(1 << n, 8);
        layers.add(new Layer(width, last, 1, true, true));
        layers.add(new Layer(last, 1, 1, false, false));
        return layers;
    }

    static List<Layer> layers(Pix2PixConfig c) {
        return layers(c.inputChannels() + c.outputChannels(), c.discriminatorFeatures(), c.discriminatorLayers());
    }

    /**
     * Side of the input patch that one output logit sees, from the layer list: going back from one output
     * pixel, each layer maps a span r to (r - 1) * stride + kernel.
     */
    public static int receptiveField(int stridedLayers) {
        List<Layer> layers = layers(1, 1, stridedLayers);
        int r = 1;
        for (int i = layers.size() - 1; i >= 0; i--) {
            r = (r - 1) * layers.get(i).stride() + Layer.KERNEL;
        }
        return r;
    }

    /** The discriminator for a config; input (N, inC + outC, S, S), output (N, 1, P, P) logits. */
    public static Block build(Pix2PixConfig c) {
        SequentialBlock d = new SequentialBlock();
        boolean instance = c.norm() == Pix2PixConfig.Norm.INSTANCE;
        for (Layer layer : layers(c)) {
            // as the reference: a bias where no BatchNorm follows (first and last layer, or with instance norm)
            boolean bias = !layer.normed() || instance;
            d.add(Conv2dLayer.layer().setFilters(layer.out()).setKernel(Layer.KERNEL).optStride(layer.stride())
                    .optPadding(Layer.PADDING).optBias(bias).build());
            if (layer.normed()) {
                d.add(UnetGenerator.norm(c.norm()));
            }
            if (layer.activated()) {
                d.add(arrays -> new NDList(Activation.leakyRelu(arrays.singletonOrThrow(), UnetGenerator.LEAKY_SLOPE)));
            }
        }
        return d;
    }

    /** Side of the logit map for images of side {@code imageSize} (30 at every supported size). */
    static long patchSide(Pix2PixConfig c) {
        long side = c.imageSize();
        for (Layer layer : layers(c)) {
            side = layer.outputSide(side);
        }
        return side;
    }
}
