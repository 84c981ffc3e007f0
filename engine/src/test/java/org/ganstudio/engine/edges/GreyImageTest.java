package org.ganstudio.engine.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class GreyImageTest {

    @Test
    void colourPixelsBecomeRec601Luma() {
        BufferedImage rgb = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xFF0000);
        rgb.setRGB(1, 0, 0x00FF00);
        rgb.setRGB(2, 0, 0x0000FF);
        rgb.setRGB(3, 0, 0x336699); // (0.299 * 51 + 0.587 * 102 + 0.114 * 153) / 255 = 92.565 / 255

        GreyImage grey = GreyImage.of(rgb);

        assertThat(grey.pixels()).containsExactly(new float[] {0.299f, 0.587f, 0.114f, 0.3630f}, within(1e-5f));
    }

    @Test
    void greyLevelsAreReadRawWithoutGammaShift() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 2, 1, 0, new int[] {64, 200});

        assertThat(GreyImage.of(grey).pixels()).containsExactly(new float[] {64 / 255f, 200 / 255f}, within(1e-7f));
    }

    @Test
    void sixteenBitGreyIsScaledByItsOwnRange() {
        BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(0, 0, 0, 32768);

        assertThat(GreyImage.of(grey).get(0, 0)).isCloseTo(32768 / 65535f, within(1e-7f));
    }

    @Test
    void alphaIsCompositedOnWhite() {
        BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00000000); // transparent black
        argb.setRGB(1, 0, 0x80000000); // half-covered black
        argb.setRGB(2, 0, 0xFF000000); // opaque black

        assertThat(GreyImage.of(argb).pixels())
                .containsExactly(new float[] {1f, 1f - 128 / 255f, 0f}, within(1e-6f));
    }

    @Test
    void toImageRoundsAndClampsToBytes() {
        GreyImage grey = new GreyImage(4, 1, new float[] {-0.5f, 0.5f, 0.2f, 1.5f});

        BufferedImage image = grey.toImage();

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getRaster().getSamples(0, 0, 4, 1, 0, new int[4])).containsExactly(0, 128, 51, 255);
    }

    @Test
    void pixelCountMustMatchTheSize() {
        assertThatThrownBy(() -> new GreyImage(3, 2, new float[5])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 6 pixels");
        assertThatThrownBy(() -> new GreyImage(0, 2, new float[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
