package org.ganstudio.engine.singan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.Conv2dLayer;
import org.ganstudio.engine.nn.Initializers;

/**
 * One scale's networks (Shaham et al. 2019, section 2 and the official code): {@code convBlocks} 3x3
 * convolutions without padding, BatchNorm and LeakyReLU after each but the last. The generator ends in
 * Tanh and adds its input image (a residual); the critic ends in a one-channel patch map, no sigmoid (WGAN).
 *
 * <p>All hidden layers keep the scale's feature count. The official code halves it per body block down to
 * {@code min_nfc}, but its defaults set {@code min_nfc} equal to {@code nfc} at every scale, so the two agree
 * for the paper's settings.
 */
public final class SinganNetworks {

    /** BatchNorm epsilon (PyTorch's default). */
    static final float BATCH_NORM_EPSILON = 1e-5f;

    private SinganNetworks() {}

    /** The generator's block for a scale with {@code features} feature maps; uninitialised. */
    public static SequentialBlock generator(SinganConfig c, int features) {
        SequentialBlock g = hidden(c, features);
        g.add(conv(c.channels()));
        g.add(Activation::tanh);
        return g;
    }

    /** The critic's block; its output is a (1, 1, h - 2L, w - 2L) patch map for an (h, w) input. */
    public static SequentialBlock critic(SinganConfig c, int features) {
        SequentialBlock d = hidden(c, features);
        d.add(conv(1));
        return d;
    }

    private static SequentialBlock hidden(SinganConfig c, int features) {
        SequentialBlock b = new SequentialBlock();
        float slope = (float) c.leakySlope();
        for (int i = 0; i < c.convBlocks() - 1; i++) {
            b.add(conv(features));
            if (c.batchNorm()) {
                b.add(BatchNorm.builder().optEpsilon(BATCH_NORM_EPSILON).build());
            }
            b.add(arrays -> new NDList(Activation.leakyRelu(arrays.singletonOrThrow(), slope)));
        }
        return b;
    }

    private static Conv2dLayer conv(int filters) {
        return Conv2dLayer.layer().setFilters(filters).setKernel(SinganConfig.KERNEL).build();
    }

    /**
     * Allocates a block's parameters in {@code manager} and draws them as the official code: convolution
     * weights N(0, 0.02), BatchNorm scales N(1, 0.02), biases and shifts 0 (PyTorch's default bias init is
     * replaced by 0 so a seed fixes everything).
     */
    public static void initialise(Block block, SinganConfig c, NDManager manager, SplittableRandom random) {
        int side = SinganConfig.minimumImageSide(c.convBlocks()) + 4;
        block.initialize(manager, DataType.FLOAT32, new Shape(1, c.channels(), side, side));
        Initializers.dcgan(block.getParameters(), random);
    }

    /** True when both blocks have the same parameters with the same shapes. */
    public static boolean sameShapes(Block a, Block b) {
        List<Pair<String, Parameter>> pa = a.getParameters().stream().toList();
        List<Pair<String, Parameter>> pb = b.getParameters().stream().toList();
        if (pa.size() != pb.size()) {
            return false;
        }
        for (int i = 0; i < pa.size(); i++) {
            if (!pa.get(i).getKey().equals(pb.get(i).getKey())
                    || !pa.get(i).getValue().getArray().getShape().equals(pb.get(i).getValue().getArray().getShape())) {
                return false;
            }
        }
        return true;
    }

    /** Copies every parameter (running statistics included) of {@code from} into {@code to}, same shapes. */
    public static void copyParameters(Block from, Block to) {
        if (!sameShapes(from, to)) {
            throw new IllegalArgumentException("the networks differ in shape");
        }
        List<Pair<String, Parameter>> src = from.getParameters().stream().toList();
        List<Pair<String, Parameter>> dst = to.getParameters().stream().toList();
        for (int i = 0; i < src.size(); i++) {
            dst.get(i).getValue().getArray().set(src.get(i).getValue().getArray().toFloatArray());
        }
    }

    /**
     * One generator pass: G(pad(noise + prev)) + prev, the input zero-padded by {@link SinganConfig#inputPadding}
     * so the output has prev's size. {@code scaledNoise} is already multiplied by the scale's amplitude.
     */
    public static NDArray generate(Block generator, ParameterStore store, SinganConfig c, NDArray scaledNoise,
            NDArray prev, boolean training) {
        int p = c.inputPadding();
        NDArray input = scaledNoise.add(prev).pad(new Shape(p, p, p, p), 0);
        return generator.forward(store, new NDList(input), training).singletonOrThrow().add(prev);
    }
}
