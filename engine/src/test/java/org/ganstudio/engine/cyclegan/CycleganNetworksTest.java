package org.ganstudio.engine.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.Initializers;
import org.junit.jupiter.api.Test;

/** The ResNet generator keeps the image's side and maps A's channels to B's; the PatchGAN gives a map of patch scores. */
class CycleganNetworksTest {

    @Test
    void theGeneratorKeepsHeightAndWidthAndMapsGreyToColourInTanhRange() {
        CycleganConfig c = CycleganFixtures.tiny(1, 3);
        try (NDManager m = NDManager.newBaseManager()) {
            Block g = ResnetGenerator.build(1, 3, c.generatorFeatures(), 2);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 1, 16, 16));
            Initializers.dcgan(g.getParameters(), new SplittableRandom(1));
            NDArray x = m.randomUniform(-1, 1, new Shape(2, 1, 16, 16));
            NDArray y = g.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(2, 3, 16, 16));
            assertThat(y.abs().max().getFloat()).isLessThanOrEqualTo(1f);
            assertThat(g.getOutputShapes(new Shape[] {new Shape(2, 1, 16, 16)})[0]).isEqualTo(new Shape(2, 3, 16, 16));
        }
    }

    @Test
    void theDiscriminatorGivesOnePatchScorePerOverlappingPatch() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block d = PatchDiscriminator.build(3, 4, 3);
            d.initialize(m, DataType.FLOAT32, new Shape(1, 3, 32, 32));
            NDArray y = d.forward(new ParameterStore(m, false), new NDList(m.randomUniform(-1, 1, new Shape(2, 3, 32, 32))),
                    false).singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(2, 1, 2, 2));
        }
        assertThat(new CycleganConfig(32, 3, 3, 4, 1, 4, 3, 10, 0.5, 2e-4, 0.5, 0.5, 50).patchSide()).isEqualTo(2);
        assertThat(CycleganConfig.paper().patchSide()).as("the paper's 70x70 PatchGAN at 256 px").isEqualTo(30);
        assertThat(CycleganFixtures.tiny(1, 1).patchSide()).isEqualTo(2);
    }

    /**
     * The up-sampling layer is PyTorch's ConvTranspose2d(k 3, stride 2, padding 1, output padding 1): checked against
     * the definition out[2i - 1 + ky][2j - 1 + kx] += in[i][j] w[ky][kx], the output 2H x 2W.
     */
    @Test
    void theUpsamplingIsTheReferenceFractionalStridedConvolution() {
        int cin = 2;
        int cout = 3;
        int h = 3;
        try (NDManager m = NDManager.newBaseManager()) {
            Block up = ResnetGenerator.upsampling(cout);
            up.initialize(m, DataType.FLOAT32, new Shape(1, cin, h, h));
            SplittableRandom random = new SplittableRandom(5);
            Initializers.dcgan(up.getParameters(), random);
            up.getParameters().forEach(p -> Initializers.fillNormal(p.getValue().getArray(), random, 0, 1));
            NDArray weight = up.getParameters().valueAt(0).getArray();
            NDArray bias = up.getParameters().valueAt(1).getArray();
            assertThat(weight.getShape()).isEqualTo(new Shape(cin, cout, 3, 3));
            float[] in = new float[cin * h * h];
            for (int i = 0; i < in.length; i++) {
                in[i] = (float) (random.nextDouble() * 2 - 1);
            }
            NDArray x = m.create(in, new Shape(1, cin, h, h));
            float[] got = up.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow().toFloatArray();
            float[] expected = reference(in, weight.toFloatArray(), bias.toFloatArray(), cin, cout, h);
            assertThat(got).hasSize(cout * 2 * h * 2 * h);
            assertThat(CycleganFixtures.maxAbsDiff(got, expected)).isLessThan(1e-5);
        }
    }

    private static float[] reference(float[] in, float[] w, float[] b, int cin, int cout, int h) {
        int side = 2 * h;
        float[] out = new float[cout * side * side];
        for (int o = 0; o < cout; o++) {
            for (int p = 0; p < side * side; p++) {
                out[o * side * side + p] = b[o];
            }
            for (int c = 0; c < cin; c++) {
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < h; j++) {
                        for (int ky = 0; ky < 3; ky++) {
                            for (int kx = 0; kx < 3; kx++) {
                                int y = 2 * i - 1 + ky;
                                int x = 2 * j - 1 + kx;
                                if (y >= 0 && y < side && x >= 0 && x < side) {
                                    out[(o * side + y) * side + x] += in[(c * h + i) * h + j]
                                            * w[((c * cout + o) * 3 + ky) * 3 + kx];
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
