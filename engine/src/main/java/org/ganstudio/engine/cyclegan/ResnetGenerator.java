package org.ganstudio.engine.cyclegan;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import java.util.List;
import org.ganstudio.engine.nn.Conv2dLayer;
import org.ganstudio.engine.nn.ConvTranspose2d;
import org.ganstudio.engine.nn.InstanceNorm2d;
import org.ganstudio.engine.nn.ReflectionPad2d;

/**
 * The ResNet generator of CycleGAN (Zhu et al. 2017, appendix 7.2, after Johnson et al. 2016): c7s1-ngf, d2ngf,
 * d4ngf, R4ngf x n, u2ngf, ungf, c7s1-out. "c7s1-k" is a reflection-padded 7x7 convolution with k filters and stride
 * 1, "dk" a 3x3 convolution of stride 2, "Rk" a residual block of two reflection-padded 3x3 convolutions, "uk" a 3x3
 * fractional-strided convolution of stride 1/2; each is followed by instance norm and ReLU, except the last
 * convolution, followed by Tanh. Convolutions have a bias, as the reference code gives them with instance norm.
 * The image keeps its height and width; only its channels change.
 */
final class ResnetGenerator {

    static final int OUTER_KERNEL = 7;
    static final int KERNEL = 3;
    /** Down-samplings (and up-samplings) around the residual blocks. */
    static final int SAMPLINGS = 2;

    private ResnetGenerator() {}

    /** The generator from {@code in} to {@code out} channels: (N, in, S, S) to (N, out, S, S) in [-1, 1]. */
    static Block build(int in, int out, int ngf, int residualBlocks) {
        if (in < 1 || out < 1 || ngf < 1 || residualBlocks < 0) {
            throw new IllegalArgumentException("bad generator " + in + " -> " + out + ", ngf " + ngf + ", blocks "
                    + residualBlocks);
        }
        SequentialBlock g = new SequentialBlock();
        g.add(new ReflectionPad2d(OUTER_KERNEL / 2));
        g.add(convolution(ngf, OUTER_KERNEL, 1, 0));
        normAndRelu(g);
        int width = ngf;
        for (int i = 0; i < SAMPLINGS; i++) {
            width *= 2;
            g.add(convolution(width, KERNEL, 2, 1));
            normAndRelu(g);
        }
        for (int i = 0; i < residualBlocks; i++) {
            g.add(residual(width));
        }
        for (int i = 0; i < SAMPLINGS; i++) {
            width /= 2;
            g.add(upsampling(width));
            normAndRelu(g);
        }
        g.add(new ReflectionPad2d(OUTER_KERNEL / 2));
        g.add(convolution(out, OUTER_KERNEL, 1, 0));
        g.add(arrays -> new NDList(Activation.tanh(arrays.singletonOrThrow())));
        return g;
    }

    /** x + (pad, conv 3x3, IN, ReLU, pad, conv 3x3, IN)(x): the same width in and out. */
    static Block residual(int width) {
        SequentialBlock path = new SequentialBlock();
        path.add(new ReflectionPad2d(1));
        path.add(convolution(width, KERNEL, 1, 0));
        normAndRelu(path);
        path.add(new ReflectionPad2d(1));
        path.add(convolution(width, KERNEL, 1, 0));
        path.add(InstanceNorm2d.builder().build());
        return new ParallelBlock(
                branches -> new NDList(branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow())),
                List.of(path, Blocks.identityBlock()));
    }

    /**
     * PyTorch's {@code ConvTranspose2d(k=3, stride=2, padding=1, output_padding=1)} of the reference code, which
     * doubles the side: the full transposed convolution (padding 0) gives 2S + 1 rows and columns, and padding 1
     * with one row of output padding keeps rows 1 to 2S of them.
     */
    static Block upsampling(int filters) {
        SequentialBlock up = new SequentialBlock();
        up.add(ConvTranspose2d.builder().setFilters(filters).setKernel(KERNEL).optStride(2).optPadding(0).build());
        up.add(arrays -> new NDList(arrays.singletonOrThrow().get(new NDIndex(":, :, 1:, 1:"))));
        return up;
    }

    private static Block convolution(int filters, int kernel, int stride, int padding) {
        return Conv2dLayer.layer().setFilters(filters).setKernel(kernel).optStride(stride).optPadding(padding).build();
    }

    private static void normAndRelu(SequentialBlock block) {
        block.add(InstanceNorm2d.builder().build());
        block.add(arrays -> new NDList(Activation.relu(arrays.singletonOrThrow())));
    }
}
