package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The only place in the engine that calls PyTorch's autograd directly: DJL's {@code GradientCollector}
 * cannot keep the graph of a gradient, which gradient penalties (WGAN-GP, R1) need for a second
 * backward pass. Everything here requires the PyTorch engine and an open {@code GradientCollector}.
 */
public final class PtAutograd {

    private PtAutograd() {}

    /**
     * Returns d sum(output) / d input with its graph kept, so that a loss built from it can be
     * differentiated again (create_graph=True in PyTorch).
     *
     * <p>PyTorch's {@code Tensor.backward} is the only backward DJL exposes, so this also ADDS
     * d sum(output) / d leaf to the gradient of every other leaf that requires one and that
     * {@code output} depends on (typically the critic's parameters). Call it before any other backward
     * of the step and then {@link #clearGradients} those leaves, as {@link GradientPenalty} does.
     *
     * <p>Not for a training loop: the gradient stored on {@code input} keeps, through its graph, {@code input}
     * itself alive (a reference cycle PyTorch never frees), about 8 MB per call for a SinGAN critic at 160x120.
     * Training writes the input gradient out as operations instead ({@code singan.CriticInputGradient}); this
     * stays for the numeric checks and the tests that compare against PyTorch's own double backward. (Switching
     * the critic's parameters off during the inner backward does not help: the double backward then loses
     * every term that reaches a parameter saved directly by the forward pass.)
     *
     * @param output any array computed from {@code input} inside the open collector
     * @param input a leaf that requires a gradient and has none yet
     * @return an array of {@code input}'s shape, differentiable w.r.t. whatever {@code output} used
     * @throws IllegalArgumentException if {@code input} is not a fresh leaf requiring a gradient
     * @throws IllegalStateException if {@code output} does not depend on {@code input}
     */
    public static NDArray gradientWithGraph(NDArray output, NDArray input) {
        PtNDArray in = (PtNDArray) input;
        if (!in.hasGradient() || JniUtils.getGradient(in) != null) {
            throw new IllegalArgumentException(
                    "input must be a leaf that requires a gradient and has none yet");
        }
        PtNDArray seed = (PtNDArray) output.onesLike();
        JniUtils.backward((PtNDArray) output, seed, true, true);
        PtNDArray grad = JniUtils.getGradient(in);
        if (grad == null) {
            throw new IllegalStateException("output does not depend on input");
        }
        return grad;
    }

    /** True while a {@code GradientCollector} is open on this thread: operations are recorded for backward. */
    public static boolean isRecording() {
        return JniUtils.isGradMode();
    }

    /** Sets the accumulated gradient of each array to zero, in place (no-op where there is none yet). */
    public static void clearGradients(Iterable<NDArray> leaves) {
        for (NDArray leaf : leaves) {
            JniUtils.zeroGrad((PtNDArray) leaf);
        }
    }
}
