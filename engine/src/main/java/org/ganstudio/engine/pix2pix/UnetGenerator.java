package org.ganstudio.engine.pix2pix;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.nn.Conv2dLayer;
import org.ganstudio.engine.nn.ConvTranspose2d;
import org.ganstudio.engine.nn.InstanceNorm2d;
import org.ganstudio.engine.nn.StepArrays;

/**
 * The U-Net generator of Isola et al. 2017 (section 3.2.1, after Ronneberger et al. 2015), as unet_256 of
 * their reference implementation at every size: {@code depth = log2(size)} convolutions k4 s2 p1 halve the
 * image down to 1x1 (widths ngf, 2ngf, 4ngf, 8ngf, then 8ngf), each but the first preceded by LeakyReLU 0.2;
 * as many transposed convolutions double it back, each preceded by ReLU. Encoder level k's output is
 * concatenated (skip first) with the decoder's output of the same size before the next up-convolution.
 * No norm on the outermost encoder layer nor on the innermost one; Tanh out; conv biases only where no
 * BatchNorm follows (as the reference).
 *
 * <p>Inputs: {@code (x)} or, while training with dropout, {@code (x, mask1, mask2, mask3)}: multiplicative
 * masks (0 or 1/(1-p)) for the outputs of the first three decoder blocks (shapes from {@link #maskShapes}),
 * drawn by the caller so that every random draw comes from the step's seed.
 *
 * <p>Near the bottleneck, where the maps are small and the kernels large, the convolutions are computed as
 * matrix products with the kernels as stored ({@link ProductConvolutions}): the same sums as the library
 * convolution and {@link ConvTranspose2d}, without rearranging a large kernel on every step.
 */
public final class UnetGenerator extends AbstractBlock {

    private static final byte VERSION = 1;
    /** Decoder blocks, counted from the innermost, that use dropout (the paper's CD512-CD1024-CD1024). */
    public static final int DROPOUT_BLOCKS = 3;
    static final float BATCH_NORM_EPSILON = 1e-5f;
    /** Down-convolutions with outputs of at most this side run as one matrix product ({@link ProductConvolutions#down}). */
    static final int PRODUCT_DOWN_OUTPUT_SIDE = 2;
    /** Up-convolutions with inputs of at most this side run as one matrix product ({@link ProductConvolutions#up}). */
    static final int PRODUCT_UP_INPUT_SIDE = 8;
    static final float LEAKY_SLOPE = 0.2f;

    private final Pix2PixConfig config;
    /** Index k-1 holds encoder level k (1 = outermost). */
    private final List<Conv2d> downs = new ArrayList<>();
    private final List<Block> downNorms = new ArrayList<>();
    /** Index k-1 holds the up-convolution that leaves level k (output at the size of level k-1). */
    private final List<ConvTranspose2d> ups = new ArrayList<>();
    private final List<Block> upNorms = new ArrayList<>();

    public UnetGenerator(Pix2PixConfig config) {
        super(VERSION);
        this.config = config;
        int depth = config.depth();
        boolean bias = config.norm() == Pix2PixConfig.Norm.INSTANCE;
        for (int k = 1; k <= depth; k++) {
            downs.add(addChildBlock("down" + k, Conv2dLayer.layer().setFilters(width(k)).setKernel(4).optStride(2)
                    .optPadding(1).optBias(bias).build()));
            boolean normed = k > 1 && k < depth;
            downNorms.add(normed ? addChildBlock("downNorm" + k, norm(config.norm())) : null);
        }
        for (int k = depth; k >= 1; k--) {
            int filters = k == 1 ? config.outputChannels() : width(k - 1);
            ups.add(0, addChildBlock("up" + k, ConvTranspose2d.builder().setFilters(filters).setKernel(4).optStride(2)
                    .optPadding(1).optBias(k == 1 || bias).build()));
        }
        for (int k = depth; k >= 2; k--) {
            upNorms.add(0, addChildBlock("upNorm" + k, norm(config.norm())));
        }
        upNorms.add(0, null); // the outermost up-convolution ends in Tanh, no norm
    }

    static Block norm(Pix2PixConfig.Norm norm) {
        return norm == Pix2PixConfig.Norm.BATCH ? BatchNorm.builder().optEpsilon(BATCH_NORM_EPSILON).build()
                : InstanceNorm2d.builder().build();
    }

    /** Feature maps of encoder level k (1-based): ngf, 2ngf, 4ngf, then 8ngf. */
    int width(int level) {
        return config.generatorFeatures() << Math.min(level - 1, 3);
    }

    /** Input channels of the up-convolution leaving level k: the innermost map alone, else skip + decoder. */
    int upInputChannels(int level) {
        return level == config.depth() ? width(level) : 2 * width(level);
    }

    Pix2PixConfig config() {
        return config;
    }

    Conv2d down(int level) {
        return downs.get(level - 1);
    }

    /** The norm after encoder level k, or null (levels 1 and depth). */
    Block downNorm(int level) {
        return downNorms.get(level - 1);
    }

    ConvTranspose2d up(int level) {
        return ups.get(level - 1);
    }

    /** The norm after the up-convolution leaving level k, or null (level 1). */
    Block upNorm(int level) {
        return upNorms.get(level - 1);
    }

    /** Shapes of the dropout masks for a batch of n: the outputs of the first {@link #DROPOUT_BLOCKS} decoder blocks. */
    public Shape[] maskShapes(long n) {
        Shape[] shapes = new Shape[DROPOUT_BLOCKS];
        for (int i = 0; i < DROPOUT_BLOCKS; i++) {
            int level = config.depth() - i; // the up-convolution leaving this level
            long side = config.imageSize() >> (level - 1);
            shapes[i] = new Shape(n, width(level - 1), side, side);
        }
        return shapes;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        boolean dropout = training && inputs.size() == 1 + DROPOUT_BLOCKS;
        int depth = config.depth();
        NDArray[] skips = new NDArray[depth];
        NDArray h = x;
        for (int k = 1; k <= depth; k++) {
            NDArray in = k == 1 ? x : Activation.leakyRelu(h, LEAKY_SLOPE);
            h = downConvolution(k, in, store, training);
            if (downNorm(k) != null) {
                h = apply(downNorm(k), h, store, training);
            }
            skips[k - 1] = h;
        }
        NDArray u = h; // the innermost map, (N, 8ngf, 1, 1)
        for (int k = depth; k >= 1; k--) {
            NDArray joined = k == depth ? u : NDArrays.concat(new NDList(skips[k - 1], u), 1);
            u = upConvolution(k, Activation.relu(joined), store, training);
            if (upNorm(k) != null) {
                u = apply(upNorm(k), u, store, training);
            }
            int block = depth - k; // 0 for the innermost decoder block
            if (dropout && block < DROPOUT_BLOCKS) {
                u = u.mul(inputs.get(1 + block));
            }
        }
        return new NDList(Activation.tanh(u));
    }

    /** Encoder level k's convolution: a matrix product on small outputs, the library convolution elsewhere. */
    private NDArray downConvolution(int level, NDArray x, ParameterStore store, boolean training) {
        Conv2d conv = down(level);
        if (config.imageSize() >> level > PRODUCT_DOWN_OUTPUT_SIDE) {
            return apply(conv, x, store, training);
        }
        return ProductConvolutions.down(x, value(store, conv.getParameters().get("weight"), x, training),
                value(store, conv.getParameters().get("bias"), x, training));
    }

    /** The up-convolution leaving level k: a matrix product and overlap-add on small inputs, four-phase elsewhere. */
    private NDArray upConvolution(int level, NDArray x, ParameterStore store, boolean training) {
        ConvTranspose2d conv = up(level);
        if (config.imageSize() >> level > PRODUCT_UP_INPUT_SIDE) {
            return apply(conv, x, store, training);
        }
        return ProductConvolutions.up(x, value(store, conv.weightParameter(), x, training),
                value(store, conv.biasParameter(), x, training));
    }

    private static NDArray value(ParameterStore store, Parameter parameter, NDArray like, boolean training) {
        return parameter == null ? null : StepArrays.local(store.getValue(parameter, like.getDevice(), training), like);
    }

    private static NDArray apply(Block block, NDArray x, ParameterStore store, boolean training) {
        return block.forward(store, new NDList(x), training).singletonOrThrow();
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape shape = inputShapes[0];
        long n = shape.get(0);
        for (int k = 1; k <= config.depth(); k++) {
            down(k).initialize(manager, dataType, shape);
            shape = down(k).getOutputShapes(new Shape[] {shape})[0];
            if (downNorm(k) != null) {
                downNorm(k).initialize(manager, dataType, shape);
            }
        }
        for (int k = config.depth(); k >= 1; k--) {
            long side = config.imageSize() >> k;
            Shape in = new Shape(n, upInputChannels(k), side, side);
            up(k).initialize(manager, dataType, in);
            if (upNorm(k) != null) {
                upNorm(k).initialize(manager, dataType, up(k).getOutputShapes(new Shape[] {in})[0]);
            }
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), config.outputChannels(), in.get(2), in.get(3))};
    }
}
