package org.ganstudio.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitializersTest {

    @Test
    void theSameSeedGivesTheSameValuesAndAnotherSeedDoesNot() {
        double[] a = Initializers.normal(new SplittableRandom(7), 101, 0, 1);
        double[] b = Initializers.normal(new SplittableRandom(7), 101, 0, 1);
        double[] c = Initializers.normal(new SplittableRandom(8), 101, 0, 1);
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void normalHasTheRequestedMeanAndStandardDeviation() {
        double[] v = Initializers.normal(new SplittableRandom(1), 200_001, 1, 0.02);
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(var / v.length);
        assertThat(mean).isCloseTo(1, within(3e-4)); // about 6 standard errors
        assertThat(std).isCloseTo(0.02, within(4e-4));
    }

    @Test
    void fillsFloatAndDoubleArraysInPlace() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray f = m.zeros(new Shape(3, 4));
            NDArray d = m.zeros(new Shape(3, 4), DataType.FLOAT64);
            Initializers.fillNormal(f, new SplittableRandom(3), 0, 0.02);
            Initializers.fillNormal(d, new SplittableRandom(3), 0, 0.02);
            double[] expected = Initializers.normal(new SplittableRandom(3), 12, 0, 0.02);
            assertThat(d.toDoubleArray()).containsExactly(expected);
            assertThat(NnTestSupport.maxAbsDiff(f.toFloatArray(), expected)).isLessThan(1e-8);
            Initializers.fillConstant(f, 2.5);
            assertThat(f.toFloatArray()).containsOnly(2.5f);
        }
    }

    @Test
    void dcganSchemeIsReproducibleAndFollowsThePaper() {
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock first = dcganLikeNet(m);
            SequentialBlock second = dcganLikeNet(m);
            Initializers.dcgan(first.getParameters(), new SplittableRandom(42));
            Initializers.dcgan(second.getParameters(), new SplittableRandom(42));
            for (String key : first.getParameters().keys()) {
                assertThat(first.getParameters().get(key).getArray().toFloatArray())
                        .as(key).containsExactly(second.getParameters().get(key).getArray().toFloatArray());
            }
            float[] w = first.getParameters().get("01ConvTranspose2d_weight").getArray().toFloatArray();
            assertThat(std(w)).isCloseTo(0.02, within(0.002));
            float[] gamma = first.getParameters().get("02BatchNorm_gamma").getArray().toFloatArray();
            for (float g : gamma) {
                assertThat(g).isCloseTo(1f, within(0.1f)).isNotEqualTo(1f);
            }
            assertThat(first.getParameters().get("02BatchNorm_beta").getArray().toFloatArray())
                    .containsOnly(0f);
            assertThat(first.getParameters().get("02BatchNorm_runningVar").getArray().toFloatArray())
                    .containsOnly(1f);
            assertThat(first.getParameters().get("01ConvTranspose2d_weight").getArray().hasGradient())
                    .isTrue();
        }
    }

    @Test
    void filledParametersStillReceiveGradients() {
        ConvTranspose2d block =
                ConvTranspose2d.builder().setFilters(3).setKernel(4).optStride(2).optPadding(1).build();
        try (NDManager m = NDManager.newBaseManager()) {
            Shape in = new Shape(1, 2, 2, 2);
            block.initialize(m, DataType.FLOAT32, in);
            Initializers.dcgan(block.getParameters(), new SplittableRandom(5));
            NDArray weight = block.getParameters().get("weight").getArray();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDList out = block.forward(new ParameterStore(m, false), new NDList(m.ones(in)), true);
                gc.backward(out.singletonOrThrow().sum());
            }
            assertThat(weight.getGradient().abs().sum().getFloat()).isGreaterThan(0f);
        }
    }

    private static SequentialBlock dcganLikeNet(NDManager m) {
        SequentialBlock net = new SequentialBlock()
                .add(ConvTranspose2d.builder().setFilters(64).setKernel(4).optBias(false).build())
                .add(BatchNorm.builder().build());
        net.initialize(m, DataType.FLOAT32, new Shape(2, 32, 1, 1));
        return net;
    }

    private static double std(float[] v) {
        double mean = 0;
        for (float x : v) {
            mean += x;
        }
        mean /= v.length;
        double var = 0;
        for (float x : v) {
            var += (x - mean) * (x - mean);
        }
        return Math.sqrt(var / v.length);
    }
}
