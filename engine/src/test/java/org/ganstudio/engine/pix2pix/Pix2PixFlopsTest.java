package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pix2PixFlopsTest {

    /** 64 px, grey to grey, ngf = ndf = 1: encoder widths 1, 2, 4, 8, 8, 8. */
    private static final Pix2PixConfig ONE = Pix2PixConfig.paper().withImages(64, 1, 1).withFeatures(1, 1);

    @Test
    void theGeneratorCountIsTheSumOfItsConvolutionsByHand() {
        // 2 * Cin * Cout * 16 taps * output pixels for the six downs (sides 32, 16, 8, 4, 2, 1)
        double encoder = 2 * 16 * (1 * 1 * 1024 + 1 * 2 * 256 + 2 * 4 * 64 + 4 * 8 * 16 + 8 * 8 * 4 + 8 * 8 * 1);
        // and per input pixel for the six ups (input sides 1, 2, 4, 8, 16, 32; skip + decoder channels in)
        double decoder = 2 * 16 * (8 * 8 * 1 + 16 * 8 * 4 + 16 * 4 * 16 + 8 * 2 * 64 + 4 * 1 * 256 + 2 * 1 * 1024);
        assertThat(encoder).isEqualTo(92_160);
        assertThat(decoder).isEqualTo(182_272);
        assertThat(Pix2PixFlops.generator(ONE)).isEqualTo(encoder + decoder);
    }

    @Test
    void theDiscriminatorAndTheTrainingStepByHand() {
        // input + output = 2 channels: C1 s2 -> 32x32, C2 s1 -> 31x31, 1 channel s1 -> 30x30
        double d = 2 * 16 * (2 * 1 * 1024 + 1 * 2 * 961 + 2 * 1 * 900);
        assertThat(Pix2PixFlops.discriminator(ONE)).isEqualTo(d);
        assertThat(Pix2PixFlops.trainingStep(ONE)).isEqualTo(3 * 274_432 + 8 * 184_640);
    }

    @Test
    void thePapersGeneratorIsAbout12Gflop() {
        assertThat(Pix2PixFlops.generator(Pix2PixConfig.paper()) / 1e9).isBetween(12.0, 12.2);
    }
}
