package org.ganstudio.engine.dcgan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.SplittableRandom;
import org.ganstudio.engine.train.StepRandom;

/**
 * The DCGAN paper's initialisation: convolution weights from N(0, 0.02), BatchNorm scale from N(1, 0.02)
 * and shift 0. Drawn from a seeded Java generator, so the same seed gives the same network on any engine.
 */
final class DcganInit {

    private static final float STD = 0.02f;

    private DcganInit() {}

    static void apply(Block block, SplittableRandom random) {
        for (Pair<String, Parameter> named : block.getParameters()) {
            Parameter parameter = named.getValue();
            NDArray array = parameter.getArray();
            switch (parameter.getType()) {
                case WEIGHT:
                    array.set(normal(random, (int) array.size(), 0f));
                    break;
                case GAMMA:
                    array.set(normal(random, (int) array.size(), 1f));
                    break;
                case BETA:
                case BIAS:
                    array.set(new float[(int) array.size()]);
                    break;
                default:
                    break; // running statistics keep their own start values
            }
        }
    }

    private static float[] normal(SplittableRandom random, int count, float mean) {
        float[] values = StepRandom.gaussian(random, count);
        for (int i = 0; i < count; i++) {
            values[i] = mean + STD * values[i];
        }
        return values;
    }
}
