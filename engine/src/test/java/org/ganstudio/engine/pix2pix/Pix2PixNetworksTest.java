package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.ganstudio.engine.nn.Initializers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pix2PixNetworksTest {

    @ParameterizedTest
    @CsvSource({"64,1,3,6", "128,3,3,7", "256,3,1,8"})
    void theUnetMapsAnInputToAnOutputOfTheSameSizeWithLog2SizeDownsamplings(int size, int inC, int outC, int depth) {
        Pix2PixConfig config = PairFixtures.tiny(size, inC, outC);
        assertThat(config.depth()).isEqualTo(depth);
        try (NDManager m = NDManager.newBaseManager()) {
            UnetGenerator g = new UnetGenerator(config);
            g.initialize(m, DataType.FLOAT32, new Shape(1, inC, size, size));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray out = g.forward(ps, new NDList(m.randomUniform(-1, 1, new Shape(2, inC, size, size))), false)
                    .singletonOrThrow();
            assertThat(out.getShape()).isEqualTo(new Shape(2, outC, size, size));
            assertThat(out.abs().max().getFloat()).isLessThanOrEqualTo(1f);
            // the innermost encoder output is 1x1: the input side halved depth times
            assertThat(g.down(depth).getOutputShapes(new Shape[] {new Shape(1, 4 * 8, 2, 2)})[0].get(2)).isEqualTo(1);
        }
    }

    @Test
    void everyUpConvolutionButTheInnermostReadsTheSkipAndTheDecoderConcatenated() {
        Pix2PixConfig config = PairFixtures.tiny(256, 3, 3); // ngf 4: widths 4, 8, 16, 32, 32, 32, 32, 32
        try (NDManager m = NDManager.newBaseManager()) {
            UnetGenerator g = new UnetGenerator(config);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 3, 256, 256));
            int[] encoderWidths = {4, 8, 16, 32, 32, 32, 32, 32};
            for (int k = 1; k <= 8; k++) {
                assertThat(g.down(k).getParameters().get("weight").getArray().getShape().get(0)).isEqualTo(encoderWidths[k - 1]);
                Shape up = g.up(k).weightParameter().getArray().getShape(); // (Cin, Cout, 4, 4)
                long expectedIn = k == 8 ? 32 : 2L * encoderWidths[k - 1];
                long expectedOut = k == 1 ? 3 : encoderWidths[k - 2];
                assertThat(up).as("up-convolution leaving level %d", k).isEqualTo(new Shape(expectedIn, expectedOut, 4, 4));
            }
            assertThat(g.downNorm(1)).isNull();
            assertThat(g.downNorm(8)).isNull();
            assertThat(g.upNorm(1)).isNull();
            assertThat(g.up(1).biasParameter()).isNotNull();
            assertThat(g.up(2).biasParameter()).as("no bias before BatchNorm").isNull();
        }
    }

    @Test
    void theSkipConnectionsCarryTheInputsDetailsPastTheBottleneck() {
        // with the innermost map zeroed, a change of one input pixel still reaches the output through the skips
        Pix2PixConfig config = PairFixtures.tiny(64, 1, 1);
        try (NDManager m = NDManager.newBaseManager()) {
            UnetGenerator g = new UnetGenerator(config);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 1, 64, 64));
            Initializers.fillConstant(g.down(6).getParameters().get("weight").getArray(), 0);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomUniform(-1, 1, new Shape(1, 1, 64, 64));
            NDArray y = x.duplicate();
            y.set(new ai.djl.ndarray.index.NDIndex("0, 0, 10, 10"), 5f);
            float[] a = g.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray();
            float[] b = g.forward(ps, new NDList(y), false).singletonOrThrow().toFloatArray();
            assertThat(PairFixtures.maxAbsDiff(a, b)).isGreaterThan(1e-4);
        }
    }

    @Test
    void dropoutMasksCoverTheFirstThreeDecoderBlocks() {
        UnetGenerator at64 = new UnetGenerator(PairFixtures.tiny(64, 3, 3)); // widths 4, 8, 16, 32, 32, 32
        assertThat(at64.maskShapes(2)).containsExactly(new Shape(2, 32, 2, 2), new Shape(2, 32, 4, 4), new Shape(2, 16, 8, 8));
        UnetGenerator at256 = new UnetGenerator(PairFixtures.tiny(256, 3, 3));
        assertThat(at256.maskShapes(1)).containsExactly(new Shape(1, 32, 2, 2), new Shape(1, 32, 4, 4), new Shape(1, 32, 8, 8));
    }

    @ParameterizedTest
    @CsvSource({"3,70", "2,34", "1,16"})
    void thePatchGanReceptiveFieldIs70At256AndProportionalBelow(int layers, int field) {
        assertThat(PatchDiscriminator.receptiveField(layers)).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"256,3", "128,2", "64,1"})
    void theDiscriminatorHasLog2OfSizeOver32StridedLayersAndGives30x30Logits(int size, int layers) {
        Pix2PixConfig config = PairFixtures.tiny(size, 1, 3);
        assertThat(config.discriminatorLayers()).isEqualTo(layers);
        assertThat(PatchDiscriminator.patchSide(config)).isEqualTo(30);
        try (NDManager m = NDManager.newBaseManager()) {
            Block d = PatchDiscriminator.build(config);
            d.initialize(m, DataType.FLOAT32, new Shape(1, 4, size, size));
            NDArray logits = d.forward(new ParameterStore(m, false), new NDList(m.randomUniform(-1, 1, new Shape(2, 4, size, size))),
                    false).singletonOrThrow();
            assertThat(logits.getShape()).isEqualTo(new Shape(2, 1, 30, 30));
        }
    }

    @Test
    void thePaperNetworksHaveTheReferenceImplementationsParameterCounts() {
        // the reference prints 54.414 M for unet_256 and 2.769 M for the basic PatchGAN (3 -> 3 channels, BatchNorm)
        Pix2PixConfig paper = Pix2PixConfig.paper();
        try (NDManager m = NDManager.newBaseManager()) {
            UnetGenerator g = new UnetGenerator(paper);
            g.initialize(m, DataType.FLOAT32, new Shape(1, 3, 256, 256));
            Block d = PatchDiscriminator.build(paper);
            d.initialize(m, DataType.FLOAT32, new Shape(1, 6, 256, 256));
            assertThat(trainableCount(g)).isEqualTo(54_413_955L);
            assertThat(trainableCount(d)).isEqualTo(2_768_705L);
        }
    }

    static long trainableCount(Block block) {
        return block.getParameters().stream().filter(p -> p.getValue().requiresGradient())
                .mapToLong(p -> p.getValue().getArray().size()).sum();
    }
}
