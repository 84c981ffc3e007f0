package org.ganstudio.engine.pix2pix;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ganstudio.engine.nn.BatchNormFolding;
import org.ganstudio.engine.nn.ConvTranspose2d;
import org.ganstudio.engine.nn.Convolutions;
import org.ganstudio.engine.nn.InstanceNorm2d;

/**
 * The {@link UnetGenerator} in eval mode, ready for repeated inference (Isola et al. 2017, U-Net): every
 * BatchNorm folded into the convolution before it with its running statistics, every up-convolution kernel
 * rearranged once, no dropout. Instance norm has nothing to fold and is applied as it is. The layers near the
 * bottleneck, whose maps are small but whose kernels are large, run as matrix products with kernels laid out
 * in advance ({@link ProductConvolutions}); the rest use the library convolution and the four-phase
 * up-convolution of {@link ConvTranspose2d}. Holds a snapshot of the weights: build a new one after they
 * change (a training step, a load).
 */
final class UnetInference implements AutoCloseable {


    /** Down-convolutions with outputs of at most this side (per image) run as matrix products. */
    static final int PRODUCT_DOWN_OUTPUT_SIDE = 4;
    /** Up-convolutions with inputs of at most this side run as matrix products. */
    static final int PRODUCT_UP_INPUT_SIDE = 8;

    private final NDManager manager;
    private final int depth;
    private final boolean instanceNorm;
    /** Index k-1: encoder level k, BatchNorm folded in. */
    private final List<UnaryOperator<NDArray>> downs = new ArrayList<>();
    private final List<Boolean> downNormed = new ArrayList<>();
    /** Index k-1: the up-convolution leaving level k, BatchNorm folded in. */
    private final List<UnaryOperator<NDArray>> ups = new ArrayList<>();
    private final List<Boolean> upNormed = new ArrayList<>();

    UnetInference(UnetGenerator generator, NDManager parent) {
        this(generator, parent, PRODUCT_DOWN_OUTPUT_SIDE, PRODUCT_UP_INPUT_SIDE);
    }

    /** With other thresholds for the matrix-product paths (0 turns them off): for tests and measurements. */
    UnetInference(UnetGenerator generator, NDManager parent, int productDownOutputSide, int productUpInputSide) {
        manager = parent.newSubManager();
        depth = generator.config().depth();
        instanceNorm = generator.config().norm() == Pix2PixConfig.Norm.INSTANCE;
        try (NDScope scratch = new NDScope()) { // frees whatever the folding computes on the way
            NDList keep = new NDList();
            for (int k = 1; k <= depth; k++) {
                NDArray w = generator.down(k).getParameters().get("weight").getArray();
                NDArray b = bias(generator.down(k));
                Block norm = generator.downNorm(k);
                if (norm instanceof BatchNorm) {
                    NDArray[] folded = foldIntoConvolution(w, b, norm);
                    w = folded[0];
                    b = folded[1];
                }
                long inputSide = generator.config().imageSize() >> (k - 1);
                if (inputSide / 2 <= productDownOutputSide) {
                    ProductConvolutions.Down product = ProductConvolutions.Down.prepare(w, b, inputSide);
                    downs.add(product::apply);
                    keep.addAll(product.arrays());
                } else {
                    NDArray weight = w;
                    NDArray bias = b;
                    downs.add(x -> Convolutions.conv2d(x, weight, bias, 2, 1));
                    keep.add(w);
                    if (b != null) {
                        keep.add(b);
                    }
                }
                downNormed.add(norm != null);
            }
            for (int k = 1; k <= depth; k++) {
                ConvTranspose2d up = generator.up(k);
                NDArray w = up.weightParameter().getArray();
                NDArray b = up.biasParameter() == null ? null : up.biasParameter().getArray();
                Block norm = generator.upNorm(k);
                if (norm instanceof BatchNorm) {
                    NDArray[] folded = BatchNormFolding.foldIntoTransposed(w, b, value(norm, "gamma"), value(norm, "beta"),
                            value(norm, "runningMean"), value(norm, "runningVar"), UnetGenerator.BATCH_NORM_EPSILON);
                    w = folded[0];
                    b = folded[1];
                }
                long inputSide = generator.config().imageSize() >> k;
                if (inputSide <= productUpInputSide) {
                    ProductConvolutions.Up product = ProductConvolutions.Up.prepare(w, b, inputSide);
                    ups.add(product::apply);
                    keep.addAll(product.arrays());
                } else {
                    ConvTranspose2d.Prepared prepared = ConvTranspose2d.prepare(w, b, up.stride(), up.padding());
                    ups.add(prepared::apply);
                    keep.addAll(prepared.arrays());
                }
                upNormed.add(norm != null);
            }
            // weights that were used unchanged stay with their parameters; everything new moves here
            NDList owned = new NDList();
            for (NDArray a : keep) {
                if (!isParameter(generator, a)) {
                    owned.add(a);
                }
            }
            NDScope.unregister(owned);
            owned.attach(manager);
        }
    }

    private static boolean isParameter(UnetGenerator generator, NDArray array) {
        return generator.getParameters().values().stream().anyMatch(p -> p.getArray() == array);
    }

    private static NDArray bias(Block conv) {
        var bias = conv.getParameters().get("bias");
        return bias == null ? null : bias.getArray();
    }

    private static NDArray value(Block block, String name) {
        return block.getParameters().get(name).getArray();
    }

    /**
     * Folds an inference-mode BatchNorm into the ordinary convolution (Cout, Cin, k, k) before it: with
     * {@code s = gamma / sqrt(var + eps)}, the kernel becomes {@code w * s} per output channel and the bias
     * {@code beta + (b - mean) * s}.
     */
    static NDArray[] foldIntoConvolution(NDArray weight, NDArray biasOrNull, Block norm) {
        NDArray scale = value(norm, "gamma").div(value(norm, "runningVar").add(UnetGenerator.BATCH_NORM_EPSILON).sqrt());
        long cout = weight.getShape().get(0);
        NDArray folded = weight.mul(scale.reshape(cout, 1, 1, 1));
        NDArray mean = value(norm, "runningMean");
        NDArray centred = biasOrNull == null ? mean.neg() : biasOrNull.sub(mean);
        return new NDArray[] {folded, value(norm, "beta").add(centred.mul(scale))};
    }

    /** Output images (N, outC, S, S) in [-1, 1] for inputs (N, inC, S, S); the result lives in x's manager. */
    NDArray forward(NDArray x) {
        NDArray[] skips = new NDArray[depth];
        NDArray h = x;
        for (int k = 1; k <= depth; k++) {
            NDArray in = k == 1 ? x : Activation.leakyRelu(h, UnetGenerator.LEAKY_SLOPE);
            h = downs.get(k - 1).apply(in);
            if (instanceNorm && downNormed.get(k - 1)) {
                h = InstanceNorm2d.apply(h, null, null, InstanceNorm2d.DEFAULT_EPS);
            }
            skips[k - 1] = h;
        }
        NDArray u = h;
        for (int k = depth; k >= 1; k--) {
            NDArray joined = k == depth ? u : NDArrays.concat(new NDList(skips[k - 1], u), 1);
            u = ups.get(k - 1).apply(Activation.relu(joined));
            if (instanceNorm && upNormed.get(k - 1)) {
                u = InstanceNorm2d.apply(u, null, null, InstanceNorm2d.DEFAULT_EPS);
            }
        }
        return Activation.tanh(u);
    }

    @Override
    public void close() {
        manager.close();
    }
}
