package org.ganstudio.engine.dcgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.nn.BatchNormFolding;
import org.ganstudio.engine.nn.Conv2dLayer;
import org.ganstudio.engine.nn.ConvTranspose2d;

/**
 * Builds the DCGAN generator and discriminator for a {@link DcganConfig}.
 *
 * <p>Generator: z (as latent x 1 x 1) -> transposed convolutions with BatchNorm and ReLU, halving the feature
 * maps while doubling the size, Tanh out. Discriminator: the mirror, strided convolutions with LeakyReLU 0.2,
 * no BatchNorm on the input layer, one logit out (the sigmoid lives in the loss).
 */
final class DcganNetworks {

    /** BatchNorm epsilon of both networks (DJL's default, set explicitly because inference folds it in). */
    static final float BATCH_NORM_EPSILON = 1e-5f;

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
        d.add(Conv2dLayer.layer().setFilters(1).setKernel(finalKernel).optBias(false).build());
        d.add(Blocks.batchFlattenBlock());
        return d;
    }

    private static void up(SequentialBlock g, int filters, int kernel, int stride, int padding) {
        g.add(ConvTranspose2d.builder().setFilters(filters).setKernel(kernel).optStride(stride).optPadding(padding)
                .optBias(false).build());
        g.add(BatchNorm.builder().optEpsilon(BATCH_NORM_EPSILON).build());
        g.add(Activation::relu);
    }

    private static void down(SequentialBlock d, int filters, boolean batchNorm) {
        d.add(Conv2dLayer.layer().setFilters(filters).setKernel(4).optStride(2).optPadding(1).optBias(false).build());
        if (batchNorm) {
            d.add(BatchNorm.builder().optEpsilon(BATCH_NORM_EPSILON).build());
        }
        d.add(arrays -> new NDList(Activation.leakyRelu(arrays.singletonOrThrow(), 0.2f)));
    }

    /**
     * The generator of {@link #generator} for inference: each BatchNorm folded into the transposed convolution
     * before it (running statistics) and every kernel rearranged once. Holds a snapshot of the weights; build
     * a new one after they change (a training step, a load).
     */
    static final class GeneratorInference implements AutoCloseable {
        private final NDManager manager;
        private final List<ConvTranspose2d.Prepared> layers = new ArrayList<>();

        GeneratorInference(Block generator, NDManager parent) {
            manager = parent.newSubManager();
            List<Block> blocks = generator.getChildren().values();
            try (NDScope scratch = new NDScope()) { // closes whatever the folding computes on the way
                for (int i = 0; i < blocks.size(); i++) {
                    if (!(blocks.get(i) instanceof ConvTranspose2d up)) {
                        continue;
                    }
                    // detached: the folded kernels are constants even if the calling thread records gradients
                    NDArray w = up.weightParameter().getArray().stopGradient();
                    NDArray b = up.biasParameter() == null ? null : up.biasParameter().getArray().stopGradient();
                    if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof BatchNorm norm) {
                        NDArray[] folded = BatchNormFolding.foldIntoTransposed(w, b, value(norm, "gamma"),
                                value(norm, "beta"), value(norm, "runningMean"), value(norm, "runningVar"),
                                BATCH_NORM_EPSILON);
                        w = folded[0];
                        b = folded[1];
                    }
                    ConvTranspose2d.Prepared prepared = ConvTranspose2d.prepare(w, b, up.stride(), up.padding());
                    NDList keep = prepared.arrays();
                    NDScope.unregister(keep);
                    keep.attach(manager);
                    layers.add(prepared);
                }
            }
        }

        private static NDArray value(Block block, String name) {
            return block.getParameters().get(name).getArray().stopGradient();
        }

        /** Images (N, C, H, W) in [-1, 1] from latents (N, latent, 1, 1); the result lives in z's manager. */
        NDArray forward(NDArray z) {
            NDArray x = z;
            for (int i = 0; i < layers.size(); i++) {
                x = layer(i, x);
            }
            return x;
        }

        /** Number of up-convolution blocks: the hidden ones (ReLU) and the last (Tanh). */
        int depth() {
            return layers.size();
        }

        /** Block {@code i} (its folded up-convolution and activation) applied to x; the result lives in x's manager. */
        NDArray layer(int i, NDArray x) {
            NDArray y = layers.get(i).apply(x);
            return i + 1 < layers.size() ? Activation.relu(y) : Activation.tanh(y);
        }

        @Override
        public void close() {
            manager.close();
        }
    }
}
