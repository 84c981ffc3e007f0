package org.ganstudio.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.ndarray.types.DataType;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamTest {

    private static final double LR = 0.1;
    private static final AdamSettings SETTINGS = new AdamSettings(0.5, 0.999, 1e-8);

    /** Sets gradient = d/dw sum(c * w) = c, so the gradient is known exactly. */
    private static void backwardLinear(NDManager m, Parameter p, float[] c) {
        try (ai.djl.training.GradientCollector gc = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
            NDArray loss = p.getArray().mul(m.create(c)).sum();
            gc.backward(loss);
        }
    }

    private static Parameter parameter(NDManager m, float value) {
        Parameter p = Parameter.builder().setName("w").optShape(new Shape(3)).optInitializer(new ConstantInitializer(value)).build();
        p.initialize(m, DataType.FLOAT32);
        return p;
    }

    /** Reference Adam in double, written from the paper with the engine's epsilon placement. */
    private static double[] reference(double w0, double[] grads) {
        double w = w0;
        double mo = 0;
        double v = 0;
        double[] after = new double[grads.length];
        for (int t = 1; t <= grads.length; t++) {
            double g = grads[t - 1];
            mo = 0.5 * mo + 0.5 * g;
            v = 0.999 * v + 0.001 * g * g;
            double corr = Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.5, t));
            w -= LR * corr * mo / (Math.sqrt(v) + 1e-8);
            after[t - 1] = w;
        }
        return after;
    }

    @Test
    void twoStepsMatchHandComputedAdam() {
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter p = parameter(m, 1f);
            try (Adam adam = new Adam(List.of(new Pair<>("w", p)), SETTINGS, m)) {
                float[] c1 = {2f, -0.5f, 0.01f};
                float[] c2 = {-1f, -0.5f, 3f};
                backwardLinear(m, p, c1);
                adam.step(LR);
                backwardLinear(m, p, c2);
                adam.step(LR);
                float[] w = p.getArray().toFloatArray();
                for (int i = 0; i < 3; i++) {
                    double expected = reference(1.0, new double[] {c1[i], c2[i]})[1];
                    assertThat((double) w[i]).isCloseTo(expected, within(1e-5));
                }
                assertThat(adam.updates()).isEqualTo(2);
            }
        }
    }

    @Test
    void stepZeroesTheGradientSoTheNextBackwardStartsClean() {
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter p = parameter(m, 0f);
            try (Adam adam = new Adam(List.of(new Pair<>("w", p)), SETTINGS, m)) {
                backwardLinear(m, p, new float[] {1f, 2f, 3f});
                adam.step(LR);
                assertThat(p.getArray().getGradient().toFloatArray()).containsExactly(0f, 0f, 0f);
            }
        }
    }

    @Test
    void aNaNGradientIsClearedToExactZeroByTheStep() {
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter p = parameter(m, 0f);
            try (Adam adam = new Adam(List.of(new Pair<>("w", p)), SETTINGS, m)) {
                backwardLinear(m, p, new float[] {Float.NaN, Float.POSITIVE_INFINITY, 1f});
                adam.step(LR);
                assertThat(p.getArray().getGradient().toFloatArray()).containsExactly(0f, 0f, 0f);
            }
        }
    }

    @Test
    void zeroGradientsClearsNaNAndInfiniteGradientsAndLeavesTheWeights() {
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter p = parameter(m, 0.5f);
            try (Adam adam = new Adam(List.of(new Pair<>("w", p)), SETTINGS, m)) {
                adam.zeroGradients(); // before any backward: nothing to clear, nothing breaks
                backwardLinear(m, p, new float[] {Float.NaN, Float.NEGATIVE_INFINITY, 2f});
                adam.zeroGradients();
                assertThat(p.getArray().getGradient().toFloatArray()).containsExactly(0f, 0f, 0f);
                assertThat(p.getArray().toFloatArray()).containsExactly(0.5f, 0.5f, 0.5f);
                assertThat(adam.updates()).isZero();
            }
        }
    }

    @Test
    void savedStateContinuesExactlyLikeAnUninterruptedOptimizer() throws Exception {
        float[] c1 = {1f, -2f, 0.5f};
        float[] c2 = {0.3f, 0.3f, -4f};
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter straight = parameter(m, 0.5f);
            Parameter resumed = parameter(m, 0.5f);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            try (Adam a = new Adam(List.of(new Pair<>("w", straight)), SETTINGS, m);
                    Adam b = new Adam(List.of(new Pair<>("w", resumed)), SETTINGS, m)) {
                backwardLinear(m, straight, c1);
                a.step(LR);
                backwardLinear(m, straight, c2);
                a.step(LR);
                backwardLinear(m, resumed, c1);
                b.step(LR);
                b.save(new DataOutputStream(saved));
            }
            try (Adam c = new Adam(List.of(new Pair<>("w", resumed)), SETTINGS, m)) {
                c.load(new DataInputStream(new ByteArrayInputStream(saved.toByteArray())));
                assertThat(c.updates()).isEqualTo(1);
                backwardLinear(m, resumed, c2);
                c.step(LR);
            }
            assertThat(resumed.getArray().toFloatArray()).containsExactly(straight.getArray().toFloatArray());
        }
    }

    @Test
    void loadingStateOfAnotherModelIsRefused() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter p = parameter(m, 0f);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            try (Adam a = new Adam(List.of(new Pair<>("w", p)), SETTINGS, m)) {
                a.save(new DataOutputStream(saved));
            }
            Parameter q = Parameter.builder().setName("other").optShape(new Shape(3)).optInitializer(new ConstantInitializer(0)).build();
            q.initialize(m, DataType.FLOAT32);
            try (Adam b = new Adam(List.of(new Pair<>("other", q)), SETTINGS, m)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> b.load(new DataInputStream(new ByteArrayInputStream(saved.toByteArray()))))
                        .hasMessageContaining("'w'");
            }
        }
    }
}
