package org.ganstudio.engine.dcgan;

/**
 * Floating-point work of the DCGAN networks per image (multiply-add = 2 FLOP), counted from the layer shapes
 * in {@link DcganNetworks}; BatchNorm and activations are left out (they are a few percent).
 */
public final class DcganFlops {

    private DcganFlops() {}

    /** One generator forward pass for one image. */
    public static double generator(DcganConfig c) {
        int ngf = c.generatorFeatures();
        switch (c.imageSize()) {
            case 64:
                return up(c.latentSize(), ngf * 8, 4, 1) + up(ngf * 8, ngf * 4, 4, 4) + up(ngf * 4, ngf * 2, 4, 8)
                        + up(ngf * 2, ngf, 4, 16) + up(ngf, c.channels(), 4, 32);
            case 32:
                return up(c.latentSize(), ngf * 4, 4, 1) + up(ngf * 4, ngf * 2, 4, 4) + up(ngf * 2, ngf, 4, 8)
                        + up(ngf, c.channels(), 4, 16);
            default:
                return up(c.latentSize(), ngf * 2, 7, 1) + up(ngf * 2, ngf, 4, 7) + up(ngf, c.channels(), 4, 14);
        }
    }

    /** One discriminator forward pass for one image. */
    public static double discriminator(DcganConfig c) {
        int ndf = c.discriminatorFeatures();
        double total = down(c.channels(), ndf, c.imageSize() / 2);
        int features = ndf;
        int size = c.imageSize() / 2;
        int hiddenDowns = c.imageSize() == 64 ? 3 : c.imageSize() == 32 ? 2 : 1;
        for (int i = 0; i < hiddenDowns; i++) {
            size /= 2;
            total += down(features, features * 2, size);
            features *= 2;
        }
        return total + 2.0 * features * size * size; // last conv: kernel covers the whole map, one output
    }

    /**
     * One training step per image: G forward, D forward and backward on real and fake (6 D passes), then D
     * forward and input-gradient backward on the fake (2) and G backward (2 G passes): 3 G + 8 D.
     */
    public static double trainingStep(DcganConfig c) {
        return 3 * generator(c) + 8 * discriminator(c);
    }

    private static double up(int in, int out, int kernel, int inputSide) {
        return 2.0 * in * out * kernel * kernel * inputSide * inputSide;
    }

    private static double down(int in, int out, int outputSide) {
        return 2.0 * in * out * 16 * outputSide * outputSide;
    }
}
