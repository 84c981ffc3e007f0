package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.ConstantInitializer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiniteGuardTest {

    private static Block linear(NDManager manager, float weight, float bias) {
        Block block = Linear.builder().setUnits(2).build();
        block.setInitializer(new ConstantInitializer(weight), Parameter.Type.WEIGHT);
        block.setInitializer(new ConstantInitializer(bias), Parameter.Type.BIAS);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
        return block;
    }

    @Test
    void finiteLossesPassAndTheFirstNaNOrInfiniteOneIsNamed() {
        Map<String, Double> losses = new LinkedHashMap<>();
        losses.put("D", 0.7);
        losses.put("G", Double.POSITIVE_INFINITY);
        losses.put("L1", Double.NaN);
        assertThatCode(() -> FiniteGuard.checkLosses(Map.of("D", 0.7, "G", -3e38))).doesNotThrowAnyException();
        assertThatThrownBy(() -> FiniteGuard.checkLosses(losses)).isInstanceOf(Divergence.class)
                .hasMessage("loss G became Infinity");
    }

    @Test
    void weightsHoldingNaNOrInfinityAreFoundInAnyNetworkAndHugeFiniteOnesAreNot() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block huge = linear(manager, 3e38f, -3e38f);
            assertThatCode(() -> FiniteGuard.checkWeights(List.of(huge), manager)).doesNotThrowAnyException();
            Block infinite = linear(manager, 1f, Float.POSITIVE_INFINITY);
            assertThatThrownBy(() -> FiniteGuard.checkWeights(List.of(huge, infinite), manager))
                    .isInstanceOf(Divergence.class).hasMessageContaining("'bias'").hasMessageContaining("no longer finite");
            Block nan = linear(manager, Float.NaN, 0f);
            assertThatThrownBy(() -> FiniteGuard.checkWeights(List.of(nan), manager))
                    .hasMessageContaining("'weight'");
        }
    }

    @Test
    void checkingWeightsLeavesNoArraysBehindInTheModelsManager() throws Exception {
        try (NDManager model = NDManager.newBaseManager(); NDManager steps = model.newSubManager()) {
            Block block = linear(model, 0.5f, 0f);
            int before = model.getManagedArrays().size();
            FiniteGuard.checkWeights(List.of(block), steps);
            assertThat(model.getManagedArrays()).hasSize(before);
            assertThat(steps.getManagedArrays()).isEmpty();
        }
    }
}
