package org.ganstudio.engine.dcgan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DcganNetworksTest {

    @ParameterizedTest
    @CsvSource({"64,3", "64,1", "32,3", "32,1", "28,1", "28,3"})
    void generatorMakesImagesOfTheConfiguredSizeAndTheDiscriminatorOneLogitEach(int size, int channels) {
        DcganConfig config = new DcganConfig(size, channels, 16, 8, 8, 2e-4, 0.5);
        try (NDManager m = NDManager.newBaseManager()) {
            Block g = DcganNetworks.generator(config);
            Block d = DcganNetworks.discriminator(config);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 16, 1, 1));
            d.initialize(m, DataType.FLOAT32, new Shape(1, channels, size, size));
            ParameterStore ps = new ParameterStore(m, false);
            var images = g.forward(ps, new NDList(m.randomNormal(new Shape(3, 16, 1, 1))), false).singletonOrThrow();
            assertThat(images.getShape()).isEqualTo(new Shape(3, channels, size, size));
            assertThat(images.abs().max().getFloat()).isLessThanOrEqualTo(1f); // tanh output
            var logits = d.forward(ps, new NDList(images), false).singletonOrThrow();
            assertThat(logits.getShape()).isEqualTo(new Shape(3, 1));
        }
    }

    @ParameterizedTest
    @CsvSource({"64,3", "32,1", "28,1"})
    void foldedInferenceEqualsTheGeneratorsInferenceForward(int size, int channels) {
        DcganConfig config = new DcganConfig(size, channels, 16, 8, 8, 2e-4, 0.5);
        try (NDManager m = NDManager.newBaseManager()) {
            Block g = DcganNetworks.generator(config);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 16, 1, 1));
            ParameterStore ps = new ParameterStore(m, false);
            // training-mode passes move BatchNorm's running statistics away from (0, 1)
            for (int i = 0; i < 3; i++) {
                g.forward(ps, new NDList(m.randomNormal(new Shape(5, 16, 1, 1)).mul(2).add(0.5f)), true);
            }
            for (int batch : new int[] {1, 4}) {
                var z = m.randomNormal(new Shape(batch, 16, 1, 1));
                float[] expected = g.forward(ps, new NDList(z), false).singletonOrThrow().toFloatArray();
                try (DcganNetworks.GeneratorInference inference = new DcganNetworks.GeneratorInference(g, m)) {
                    float[] actual = inference.forward(z).toFloatArray();
                    assertThat(actual).hasSameSizeAs(expected);
                    for (int i = 0; i < expected.length; i++) {
                        assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-5f));
                    }
                }
            }
        }
    }

    @Test
    void thePaperArchitectureHasTheExpectedNumberOfWeights() {
        DcganConfig paper = DcganConfig.paper();
        try (NDManager m = NDManager.newBaseManager()) {
            Block g = DcganNetworks.generator(paper);
            Block d = DcganNetworks.discriminator(paper);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 100, 1, 1));
            d.initialize(m, DataType.FLOAT32, new Shape(1, 3, 64, 64));
            // conv weights 100*512*16 + 512*256*16 + 256*128*16 + 128*64*16 + 64*3*16, BatchNorm gamma+beta
            long generatorWeights = 819_200 + 2_097_152 + 524_288 + 131_072 + 3_072;
            long generatorNorm = 2L * (512 + 256 + 128 + 64);
            long discriminatorWeights = 3_072 + 131_072 + 524_288 + 2_097_152 + 8_192;
            long discriminatorNorm = 2L * (128 + 256 + 512);
            assertThat(trainableCount(g)).isEqualTo(generatorWeights + generatorNorm);
            assertThat(trainableCount(d)).isEqualTo(discriminatorWeights + discriminatorNorm);
        }
    }

    private static long trainableCount(Block block) {
        return block.getParameters().stream().filter(p -> p.getValue().requiresGradient())
                .mapToLong(p -> p.getValue().getArray().size()).sum();
    }
}
