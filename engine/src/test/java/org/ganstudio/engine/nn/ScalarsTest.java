package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A number used by the backward pass is still there when a garbage collection has run between forward and
 * backward and the freed memory has been written over (what went wrong with DJL's own {@code x.mul(3f)}).
 */
class ScalarsTest {

    /** Collects, then fills fresh direct buffers with NaN, as a busy training step would reuse the memory. */
    private static List<ByteBuffer> collectAndOverwrite() throws InterruptedException {
        System.gc();
        Thread.sleep(10);
        List<ByteBuffer> junk = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(8);
            b.putDouble(0, Double.NaN);
            junk.add(b);
        }
        return junk;
    }

    /** d sum(op(x)) / dx at x = 2 (and, for the maximum, at x = -2). */
    private static double gradient(UnaryOperator<NDArray> op, float x) throws InterruptedException {
        try (NDManager step = NDManager.newBaseManager(); GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray in = step.create(new float[] {x});
            in.setRequiresGradient(true);
            NDArray out = op.apply(in).sum();
            List<ByteBuffer> junk = collectAndOverwrite();
            gc.backward(out);
            assertThat(junk).hasSize(2000);
            return in.getGradient().getFloat(0);
        }
    }

    @Test
    void everyOperationsGradientSurvivesACollectionBetweenForwardAndBackward() throws Exception {
        for (int round = 0; round < 5; round++) {
            assertThat(gradient(x -> Scalars.times(x, 3), 2)).isEqualTo(3.0);
            assertThat(gradient(x -> Scalars.dividedBy(x, 4), 2)).isEqualTo(0.25);
            assertThat(gradient(x -> Scalars.power(x, -1), 2)).isCloseTo(-0.25, within(1e-7));
            assertThat(gradient(x -> Scalars.power(x, 3), 2)).isCloseTo(12.0, within(1e-5));
            assertThat(gradient(x -> Scalars.atLeast(x, 0), 2)).isEqualTo(1.0);
            assertThat(gradient(x -> Scalars.atLeast(x, 0), -2)).isEqualTo(0.0);
        }
    }

    @Test
    void theConstantTakesTheOperandsTypeAndManager() {
        try (NDManager m = NDManager.newBaseManager(); NDManager step = m.newSubManager()) {
            NDArray doubles = step.create(new double[] {1.5});
            NDArray c = Scalars.constant(doubles, 0.1);
            assertThat(c.getDataType()).isEqualTo(DataType.FLOAT64);
            assertThat(c.getDouble()).isEqualTo(0.1);
            assertThat(c.getManager()).isSameAs(step);
            assertThat(Scalars.times(doubles, 0.1).getDouble()).isCloseTo(0.15, within(1e-15));
        }
    }
}
