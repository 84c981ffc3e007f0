package org.ganstudio.engine.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SquareFitterTest {

    @Test
    void enlargingKeepsAUniformColourExactly() {
        BufferedImage fitted = SquareFitter.fit(PairImages.filled(28, 28, 0x7B2D90), 256);
        assertThat(fitted.getWidth()).isEqualTo(256);
        assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(PairImages.rgb(fitted, 0, 0)).isEqualTo(0x7B2D90);
        assertThat(PairImages.rgb(fitted, 255, 131)).isEqualTo(0x7B2D90);
    }

    @Test
    void enlargingInterpolatesSmoothlyAndKeepsTheCentreSquare() {
        BufferedImage wide = new BufferedImage(12, 4, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 12; x++) {
            for (int y = 0; y < 4; y++) {
                wide.getRaster().setSample(x, y, 0, x < 4 || x >= 8 ? 255 : x == 4 || x == 5 ? 0 : 200);
            }
        }
        BufferedImage fitted = SquareFitter.fit(wide, 16); // the centre 4 x 4 is 0, 0, 200, 200
        assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        int[] row = fitted.getRaster().getSamples(0, 5, 16, 1, 0, new int[16]);
        assertThat(row[0]).isZero();
        assertThat(row[15]).isEqualTo(200);
        assertThat(row[8]).isBetween(60, 140); // between the two halves, not a hard step
        assertThat(java.util.Arrays.stream(row).distinct().count()).isGreaterThan(6); // not blocks of 4
        assertThat(java.util.Arrays.stream(row).max().orElseThrow()).isBetween(200, 225); // the cubic overshoots only a little
    }

    @Test
    void shrinkingAveragesTheArea() {
        BufferedImage stripes = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                stripes.getRaster().setSample(x, y, 0, x % 2 == 0 ? 0 : 200);
            }
        }
        BufferedImage fitted = SquareFitter.fit(stripes, 2);
        assertThat(fitted.getRaster().getSamples(0, 0, 2, 2, 0, new int[4])).containsOnly(100);
    }
}
