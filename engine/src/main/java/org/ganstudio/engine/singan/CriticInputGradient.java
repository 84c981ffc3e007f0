package org.ganstudio.engine.singan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ganstudio.engine.nn.Convolutions;
import org.ganstudio.engine.nn.Scalars;
import org.ganstudio.engine.nn.StepArrays;

/**
 * d sum(D(x)) / dx for SinGAN's critic ({@link SinganNetworks#critic}: 3x3 convolutions without padding, BatchNorm
 * with the batch's statistics, LeakyReLU), written out by the chain rule as ordinary operations, so that a loss built
 * from it (the gradient penalty) differentiates to the critic's parameters in one plain backward pass.
 *
 * <p>Why not PyTorch's own backward with {@code create_graph=True}: DJL reaches it only through
 * {@code Tensor.backward}, which stores the gradient on the input, and that gradient's graph holds the input again: a
 * reference cycle that PyTorch never frees. It cost about 8 MB per critic update at 160x120 and took a full training
 * run past 10 GB. Here nothing is stored on any array; the operations below are what the double backward would have
 * recorded (checked against it in the tests).
 *
 * <p>Per layer, from the output back, with g the gradient arriving at a layer's output:
 * <ul>
 *   <li>convolution y = W * x + b: g_x is the full convolution of g with W flipped and its channel axes swapped;
 *   <li>LeakyReLU: g_x = g where x &gt; 0, else slope times g (the mask is a constant, as in PyTorch);
 *   <li>BatchNorm y = gamma x^ + beta, x^ = (x - mean) / s, s = sqrt(var + eps) over (n, y, x) per channel:
 *       g_x = gamma / s (g - mean(g) - x^ mean(g x^)).
 * </ul>
 */
final class CriticInputGradient {

    private CriticInputGradient() {}

    /**
     * The gradient of the sum of the critic's patch map at {@code x}, shaped like {@code x}, differentiable with
     * respect to the critic's parameters (read through {@code store}, in training mode as the critic's own forward).
     */
    static NDArray of(Block critic, ParameterStore store, SinganConfig config, NDArray x) {
        Deque<Backward> steps = new ArrayDeque<>();
        NDArray a = x;
        for (Block layer : critic.getChildren().values()) {
            if (layer instanceof Conv2d) {
                NDArray weight = value(store, layer, "weight", a);
                NDArray bias = value(store, layer, "bias", a);
                steps.push(new ConvolutionBackward(weight));
                a = Convolutions.conv2d(a, weight, bias, 1, 0);
            } else if (layer instanceof BatchNorm) {
                NormalisedBackward step = NormalisedBackward.forward(a, value(store, layer, "gamma", a));
                steps.push(step);
                a = step.normalised.mul(step.gamma).add(value(store, layer, "beta", a).reshape(step.gamma.getShape()));
            } else if (layer instanceof LambdaBlock) { // SinganNetworks' only lambda: the LeakyReLU
                float slope = (float) config.leakySlope();
                NDArray mask = Scalars.times(a.gt(0).toType(DataType.FLOAT32, false), 1 - slope).add(slope);
                steps.push(new LeakyBackward(mask));
                a = a.mul(mask);
            } else {
                throw new IllegalStateException("not a SinGAN critic layer: " + layer.getClass().getSimpleName());
            }
        }
        NDArray g = a.onesLike();
        while (!steps.isEmpty()) {
            g = steps.pop().apply(g);
        }
        return g;
    }

    /** The mean over (n, y, x) per channel, shaped (1, C, 1, 1): nested means, as DJL takes one axis at a time. */
    private static NDArray perChannelMean(NDArray a) {
        return a.mean(new int[] {3}, true).mean(new int[] {2}, true).mean(new int[] {0}, true);
    }

    private static NDArray value(ParameterStore store, Block layer, String name, NDArray like) {
        Parameter parameter = layer.getParameters().get(name);
        // a step-local view: what is computed from it (transposed kernels, reshaped scales) is freed with the step
        return StepArrays.local(store.getValue(parameter, like.getDevice(), true), like);
    }

    /** One layer's part of the chain rule: the gradient at its input from the gradient at its output. */
    private interface Backward {
        NDArray apply(NDArray outputGradient);
    }

    private record ConvolutionBackward(NDArray weight) implements Backward {
        @Override
        public NDArray apply(NDArray g) {
            long k = weight.getShape().get(2);
            NDArray full = g.pad(new Shape(k - 1, k - 1, k - 1, k - 1), 0);
            return Convolutions.conv2d(full, weight.transpose(1, 0, 2, 3).flip(2, 3), null, 1, 0);
        }
    }

    private record LeakyBackward(NDArray mask) implements Backward {
        @Override
        public NDArray apply(NDArray g) {
            return g.mul(mask);
        }
    }

    /** BatchNorm with the batch's statistics: x^ and gamma / s are kept from the forward pass. */
    private record NormalisedBackward(NDArray normalised, NDArray gamma, NDArray scale) implements Backward {

        static NormalisedBackward forward(NDArray x, NDArray gammaValue) {
            NDArray gamma = gammaValue.reshape(1, -1, 1, 1);
            NDArray centred = x.sub(perChannelMean(x));
            NDArray deviation = perChannelMean(centred.square()).add(SinganNetworks.BATCH_NORM_EPSILON).sqrt();
            NDArray inverseDeviation = deviation.onesLike().div(deviation);
            return new NormalisedBackward(centred.mul(inverseDeviation), gamma, gamma.mul(inverseDeviation));
        }

        @Override
        public NDArray apply(NDArray g) {
            NDArray meanG = perChannelMean(g);
            NDArray meanGx = perChannelMean(g.mul(normalised));
            return g.sub(meanG).sub(normalised.mul(meanGx)).mul(scale);
        }
    }
}
