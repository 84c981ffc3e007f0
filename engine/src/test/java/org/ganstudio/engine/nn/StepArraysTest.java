package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class StepArraysTest {

    @Test
    void workOnALocalViewStaysInTheStepAndGradientsReachTheOriginal() {
        try (NDManager model = NDManager.newBaseManager(); NDManager steps = NDManager.newBaseManager()) {
            NDArray weight = model.create(new float[] {1, 2, 3});
            weight.setRequiresGradient(true);
            int before = model.getManagedArrays().size();
            try (NDManager step = steps.newSubManager()) {
                NDArray x = step.create(new float[] {4, 5, 6});
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray local = StepArrays.local(weight, x);
                    assertThat(local.getManager()).isSameAs(step);
                    NDArray loss = local.mul(3).mul(x).sum(); // d loss / d weight = 3x
                    assertThat(loss.getManager()).isSameAs(step);
                    collector.backward(loss);
                }
            }
            assertThat(model.getManagedArrays()).as("nothing made in the step stays with the weights").hasSize(before);
            assertThat(weight.getGradient().toFloatArray()).containsExactly(12f, 15f, 18f);
        }
    }

    @Test
    void withoutTheViewAnOperationOnTheWeightLandsInItsManager() {
        try (NDManager model = NDManager.newBaseManager(); NDManager step = NDManager.newBaseManager()) {
            NDArray weight = model.create(new float[] {1, 2});
            NDArray x = step.create(new float[] {3, 4});
            assertThat(weight.mul(x).getManager()).as("DJL's rule that this class exists for").isSameAs(model);
            assertThat(StepArrays.local(x, x)).as("an array already local is returned as it is").isSameAs(x);
            assertThat(StepArrays.local(null, x)).isNull();
        }
    }
}
