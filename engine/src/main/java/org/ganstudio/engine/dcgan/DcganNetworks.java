package org.ganstudio.engine.dcgan;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.ndarray.types.Shape;
import org.ganstudio.engine.nn.ConvTranspose2d;

/**
 * Builds the DCGAN generator and discriminator for a {@link DcganConfig}.
 *
 * <p>Generator: z (as latent x 1 x 1) -> transposed convolutions with BatchNorm and ReLU, halving the feature
 * maps while doubling the size, Tanh out. Discriminator: the mirror, strided convolutions with LeakyReLU 0.2,
 * no BatchNorm on the input layer, one logit out (the sigmoid lives in the loss).
 */
final class DcganNetworks {

    private DcganNetworks() {}

    static Block generator(DcganConfig c) {
        SequentialBlock g = new SequentialBlock();
        int ngf = c.generatorFeatures();
        switch (c.imageSize()) {
            case 64:
                up(g, ngf * 8, 4, 1, 0); // 1 -> 4
                up(g, ngf * 4, 4, 2, 1); // 8
                up(g, ngf * 2, 4, 2, 1); // 16
                up(g, ngf, 4, 2, 1); // 32
                break;
            case 32:
                up(g, ngf * 4, 4, 1, 0); // 1 -> 4
                up(g, ngf * 2, 4, 2, 1); // 8
                up(g, ngf, 4, 2, 1); // 16
                break;
            case 28:
                up(g, ngf * 2, 7, 1, 0); // 1 -> 7
                up(g, ngf, 4, 2, 1); // 14
                break;
            default:
                throw new IllegalArgumentException("unsupported size " + c.imageSize());
        }
        g.add(ConvTranspose2d.builder().setFilters(c.channels()).setKernel(4).optStride(2).optPadding(1).optBias(false).build());
        g.add(Activation::tanh);
        return g;
    }

    static Block discriminator(DcganConfig c) {
        SequentialBlock d = new SequentialBlock();
        int ndf = c.discriminatorFeatures();
        down(d, ndf, false); // size / 2, no BatchNorm on the input layer
        int hiddenDowns = c.imageSize() == 64 ? 3 : c.imageSize() == 32 ? 2 : 1;
        for (int i = 1; i <= hiddenDowns; i++) {
            down(d, ndf << i, true);
        }
        int finalKernel = c.imageSize() == 28 ? 7 : 4; // what is left of the image: 7x7 or 4x4
        d.add(Conv2d.builder().setFilters(1).setKernelShape(new Shape(finalKernel, finalKernel)).optBias(false).build());
        d.add(Blocks.batchFlattenBlock());
        return d;
    }

    private static void up(SequentialBlock g, int filters, int kernel, int stride, int padding) {
        g.add(ConvTranspose2d.builder().setFilters(filters).setKernel(kernel).optStride(stride).optPadding(padding)
                .optBias(false).build());
        g.add(BatchNorm.builder().build());
        g.add(Activation::relu);
    }

    private static void down(SequentialBlock d, int filters, boolean batchNorm) {
        d.add(Conv2d.builder().setFilters(filters).setKernelShape(new Shape(4, 4)).optStride(new Shape(2, 2))
                .optPadding(new Shape(1, 1)).optBias(false).build());
        if (batchNorm) {
            d.add(BatchNorm.builder().build());
        }
        d.add(arrays -> new NDList(Activation.leakyRelu(arrays.singletonOrThrow(), 0.2f)));
    }
}
