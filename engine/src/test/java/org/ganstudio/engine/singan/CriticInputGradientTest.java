package org.ganstudio.engine.singan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.PtAutograd;
import org.junit.jupiter.api.Test;

/**
 * The hand-written input gradient of SinGAN's critic against PyTorch's own double backward (the way the penalty was
 * computed before, and the way the official code computes it): the gradient itself, and what the penalty built from
 * it gives every parameter of the critic.
 */
class CriticInputGradientTest {

    private static final int FEATURES = 8;

    private static float[] random(SplittableRandom r, long n, double centre, double spread) {
        float[] v = new float[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (centre + spread * (r.nextDouble() * 2 - 1));
        }
        return v;
    }

    /** A tiny config's critic with every parameter drawn at random (BatchNorm scales around 1, shifts around 0). */
    private static SequentialBlock critic(SinganConfig config, NDManager m) {
        SequentialBlock critic = SinganNetworks.critic(config, FEATURES);
        SinganNetworks.initialise(critic, config, m, new SplittableRandom(3));
        SplittableRandom r = new SplittableRandom(4);
        for (Pair<String, Parameter> p : critic.getParameters()) {
            NDArray a = p.getValue().getArray();
            String name = p.getKey();
            if (name.endsWith("gamma")) {
                a.set(random(r, a.size(), 1, 0.5));
            } else if (name.endsWith("beta") || name.endsWith("bias")) {
                a.set(random(r, a.size(), 0, 0.3));
            } else if (name.endsWith("weight")) {
                a.set(random(r, a.size(), 0, 0.3));
            }
        }
        return critic;
    }

    private static List<NDArray> trainable(SequentialBlock critic) {
        List<NDArray> arrays = new ArrayList<>();
        for (Pair<String, Parameter> p : critic.getParameters()) {
            if (p.getValue().requiresGradient()) {
                arrays.add(p.getValue().getArray());
            }
        }
        return arrays;
    }

    private static double relativeDifference(float[] a, float[] b) {
        double worst = 0;
        double largest = 1e-12;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
            largest = Math.max(largest, Math.abs(b[i]));
        }
        return worst / largest;
    }

    private static double maxAbs(float[] v) {
        double m = 0;
        for (float f : v) {
            m = Math.max(m, Math.abs(f));
        }
        return m;
    }

    @Test
    void theGradientAndThePenaltysParameterGradientsMatchPyTorchsDoubleBackward() {
        SinganConfig config = SinganTestImages.tiny(1);
        Shape shape = new Shape(1, 3, 21, 18);
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock critic = critic(config, m);
            ParameterStore store = new ParameterStore(m, false);
            List<NDArray> parameters = trainable(critic);
            float[] x = random(new SplittableRandom(5), shape.size(), 0, 1);

            float[] byHand;
            List<float[]> byHandParameterGradients = new ArrayList<>();
            try (NDManager step = m.newSubManager(); GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray gradient = CriticInputGradient.of(critic, store, config, step.create(x, shape));
                byHand = gradient.toFloatArray();
                PtAutograd.clearGradients(parameters);
                gc.backward(PatchGradientPenalty.penalty(gradient));
                parameters.forEach(p -> byHandParameterGradients.add(p.getGradient().toFloatArray()));
            }

            float[] pytorch;
            List<float[]> pytorchParameterGradients = new ArrayList<>();
            try (NDManager step = m.newSubManager(); GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray input = step.create(x, shape);
                input.setRequiresGradient(true);
                NDArray out = critic.forward(store, new NDList(input), true).singletonOrThrow();
                NDArray gradient = PtAutograd.gradientWithGraph(out, input);
                pytorch = gradient.toFloatArray();
                PtAutograd.clearGradients(parameters);
                gc.backward(PatchGradientPenalty.penalty(gradient));
                parameters.forEach(p -> pytorchParameterGradients.add(p.getGradient().toFloatArray()));
            }

            assertThat(relativeDifference(byHand, pytorch)).as("d sum(D(x)) / dx").isLessThan(1e-5);
            assertThat(parameters).hasSize(4 * 4 + 2); // 4 hidden (conv weight, bias, BN gamma, beta), the last conv
            // biases before a BatchNorm, and the last convolution's, do not change the input gradient: theirs are
            // rounding noise either way, so every difference is measured against the largest gradient of all
            double largest = pytorchParameterGradients.stream().mapToDouble(CriticInputGradientTest::maxAbs).max()
                    .orElseThrow();
            for (int i = 0; i < parameters.size(); i++) {
                float[] mine = byHandParameterGradients.get(i);
                float[] theirs = pytorchParameterGradients.get(i);
                double worst = 0;
                for (int j = 0; j < mine.length; j++) {
                    worst = Math.max(worst, Math.abs(mine[j] - theirs[j]));
                }
                assertThat(worst / largest).as("the penalty's gradient for parameter %d", i).isLessThan(1e-4);
            }
            for (int i : new int[] {0, 2, 4, 6, 8, 10, 12, 14, 16}) { // the convolution weights and BatchNorm scales
                assertThat(maxAbs(pytorchParameterGradients.get(i)) / largest).as("parameter %d is reached", i)
                        .isGreaterThan(1e-3);
            }
        }
    }
}
