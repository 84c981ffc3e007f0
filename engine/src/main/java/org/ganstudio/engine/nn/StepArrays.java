package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;

/**
 * Keeps a step's arrays in the step's manager. In DJL the result of an operation belongs to the manager of its
 * first operand, so {@code weight.reshape(..)} or {@code matrix.matMul(x)} on a parameter (or on a kernel
 * prepared once for inference) lands in the long-lived model manager and is never freed: a few MB lost on
 * every training step or every inference call. Operating on a step-local view of the long-lived array instead
 * puts every result in the step's manager, freed when the step ends; gradients still reach the parameter
 * through the view.
 */
public final class StepArrays {
    private StepArrays() {}

    /**
     * A view of {@code value} owned by the manager of {@code like} (typically the step's input), or
     * {@code value} itself when it already lives there; null for null.
     */
    public static NDArray local(NDArray value, NDArray like) {
        if (value == null || value.getManager() == like.getManager()) {
            return value;
        }
        NDArray view = value.reshape(value.getShape());
        view.attach(like.getManager());
        return view;
    }
}
