package org.ganstudio.engine.pix2pix;

/**
 * Floating-point work of the Pix2Pix networks per image (multiply-add = 2 FLOP), counted from the layer shapes
 * of {@link UnetGenerator} and {@link PatchDiscriminator} (Isola et al. 2017); norms, activations and
 * concatenations are left out (they are a few percent).
 */
public final class Pix2PixFlops {

    private static final int TAPS = 16; // every convolution has a 4x4 kernel

    private Pix2PixFlops() {}

    /** One generator forward pass for one image. */
    public static double generator(Pix2PixConfig c) {
        UnetGenerator shapes = new UnetGenerator(c);
        double total = 0;
        int in = c.inputChannels();
        for (int k = 1; k <= c.depth(); k++) {
            long side = c.imageSize() >> k; // the down-convolution's output side
            total += 2.0 * in * shapes.width(k) * TAPS * side * side;
            in = shapes.width(k);
        }
        for (int k = c.depth(); k >= 1; k--) {
            long side = c.imageSize() >> k; // the up-convolution's input side
            int out = k == 1 ? c.outputChannels() : shapes.width(k - 1);
            total += 2.0 * shapes.upInputChannels(k) * out * TAPS * side * side;
        }
        return total;
    }

    /** One discriminator forward pass for one (input, output) pair. */
    public static double discriminator(Pix2PixConfig c) {
        double total = 0;
        long side = c.imageSize();
        for (PatchDiscriminator.Layer layer : PatchDiscriminator.layers(c)) {
            side = layer.outputSide(side);
            total += 2.0 * layer.in() * layer.out() * TAPS * side * side;
        }
        return total;
    }

    /**
     * One training step per pair: G forward and backward (3 G passes); D forward and backward on the real and
     * the fake pair (6 D passes), then D forward and input-gradient backward on the fake (2): 3 G + 8 D.
     */
    public static double trainingStep(Pix2PixConfig c) {
        return 3 * generator(c) + 8 * discriminator(c);
    }
}
