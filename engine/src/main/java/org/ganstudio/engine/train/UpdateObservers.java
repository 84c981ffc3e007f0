package org.ganstudio.engine.train;

import ai.djl.ndarray.NDArray;
import java.util.function.Consumer;

/**
 * A seam for tests of a family's training step: each observer gets the objective its network's update follows,
 * after that network's backward and just before its Adam update, while the gradients can still be read.
 * Training uses {@link #NONE}.
 */
public record UpdateObservers(Consumer<NDArray> beforeDiscriminator, Consumer<NDArray> beforeGenerator) {

    /** Observes nothing. */
    public static final UpdateObservers NONE = new UpdateObservers(objective -> { }, objective -> { });
}
