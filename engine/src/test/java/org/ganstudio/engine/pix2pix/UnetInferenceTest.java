package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.Initializers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnetInferenceTest {

    @ParameterizedTest
    @CsvSource({"BATCH,64,3,3", "BATCH,128,1,3", "INSTANCE,64,3,1"})
    void theFoldedInferencePathEqualsTheBlocksEvalForward(Pix2PixConfig.Norm norm, int size, int inC, int outC) {
        Pix2PixConfig base = PairFixtures.tiny(size, inC, outC);
        Pix2PixConfig config = new Pix2PixConfig(size, inC, outC, 4, 4, norm, base.ganLoss(), 100, 0.5, 2e-4, 0.5, 0.5,
                Pix2PixConfig.Augmentation.NONE);
        try (NDManager m = NDManager.newBaseManager()) {
            UnetGenerator g = new UnetGenerator(config);
            g.initialize(m, DataType.FLOAT32, new Shape(1, inC, size, size));
            Initializers.dcgan(g.getParameters(), new SplittableRandom(5));
            ParameterStore ps = new ParameterStore(m, false);
            // training-mode passes move BatchNorm's running statistics away from (0, 1)
            for (int i = 0; i < 3; i++) {
                g.forward(ps, new NDList(m.randomUniform(-1, 1, new Shape(3, inC, size, size)).mul(1.5f)), true);
            }
            NDArray x = m.randomUniform(-1, 1, new Shape(2, inC, size, size));
            float[] expected = g.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray();
            try (UnetInference inference = new UnetInference(g, m)) {
                float[] actual = inference.forward(x).toFloatArray();
                assertThat(PairFixtures.maxAbsDiff(actual, expected)).isLessThan(1e-5);
                float[] again = inference.forward(x).toFloatArray();
                assertThat(java.util.Arrays.equals(again, actual)).isTrue();
            }
            try (UnetInference plain = new UnetInference(g, m, 0, 0)) { // library convolutions only
                assertThat(PairFixtures.maxAbsDiff(plain.forward(x).toFloatArray(), expected)).isLessThan(1e-5);
            }
        }
    }
}
