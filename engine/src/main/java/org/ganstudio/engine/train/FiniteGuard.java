package org.ganstudio.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.nn.Scalars;
import org.ganstudio.engine.nn.StepArrays;

/**
 * The loop's guard against NaN and infinity: the losses after every step (Java doubles already, so free), the
 * weights before every checkpoint and preview (one reduction per parameter), so that a non-finite model is never
 * saved or drawn.
 */
final class FiniteGuard {

    private FiniteGuard() {}

    /** @throws Divergence naming the first loss that is NaN or infinite */
    static void checkLosses(Map<String, Double> losses) throws Divergence {
        for (Map.Entry<String, Double> loss : losses.entrySet()) {
            Double value = loss.getValue();
            if (value == null || !Double.isFinite(value)) {
                throw new Divergence("loss " + loss.getKey() + " became " + value);
            }
        }
    }

    /**
     * Checks every parameter of {@code networks} (BatchNorm's running statistics included) in a scope of
     * {@code manager} that is closed before returning.
     *
     * @throws Divergence naming the first parameter that holds a NaN or an infinity
     */
    static void checkWeights(List<Block> networks, NDManager manager) throws Divergence {
        try (NDManager scope = manager.newSubManager()) {
            NDArray anchor = scope.zeros(new Shape());
            for (Block network : networks) {
                for (Pair<String, Parameter> named : network.getParameters()) {
                    NDArray weight = StepArrays.local(named.getValue().getArray(), anchor);
                    // x * 0 is 0 for every finite x and NaN for NaN and for +-infinity; a sum keeps a NaN
                    if (Scalars.times(weight, 0).sum().getFloat() != 0f) {
                        throw new Divergence("the weights are no longer finite numbers (parameter '" + named.getKey()
                                + "' holds NaN or infinity)");
                    }
                }
            }
        }
    }
}
