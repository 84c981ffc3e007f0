package org.ganstudio.engine.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ganstudio.engine.api.DrawingStyle;
import org.junit.jupiter.api.Test;

class InputStyleMeasureTest {

    /** A 64 px map with a rectangle outline of {@code width} px whose outer edges run from (x0, y0) to (x1, y1). */
    private static BufferedImage rectangle(int x0, int y0, int x1, int y1, int width, boolean darkOnLight) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(darkOnLight ? Color.WHITE : Color.BLACK);
        g.fillRect(0, 0, 64, 64);
        g.setColor(darkOnLight ? Color.BLACK : Color.WHITE);
        for (int k = 0; k < width; k++) {
            g.drawRect(x0 + k, y0 + k, x1 - x0 - 2 * k, y1 - y0 - 2 * k);
        }
        g.dispose();
        return image;
    }

    @Test
    void theStyleIsTheMedianFramingOfThinDarkOutlines() {
        DrawingStyle style = InputStyleMeasure.of(List.of(rectangle(8, 12, 55, 47, 1, true),
                rectangle(0, 0, 63, 63, 1, true), rectangle(16, 10, 47, 49, 1, true)));
        // medians of each: spans 0.75, 1 and 0.625; centres x 32, 32, 32 (0.5); y 30, 32, 30 (0.47)
        assertThat(style).isEqualTo(new DrawingStyle(1, 0.75, 0.5, 0.47, true));
    }

    @Test
    void thickLinesAndLightOnDarkAreMeasuredToo() {
        DrawingStyle style = InputStyleMeasure.of(List.of(rectangle(4, 4, 59, 59, 3, false),
                rectangle(6, 6, 57, 57, 3, false), new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY)));
        assertThat(style.lineWidth()).isEqualTo(3);
        assertThat(style.darkLinesOnLight()).isFalse();
        assertThat(style.span()).isEqualTo(0.84); // the empty (all black) map is skipped: (56 + 52) / 2 / 64
    }

    @Test
    void inputsWithoutLinesGiveNoStyle() {
        BufferedImage white = rectangle(0, 0, 0, 0, 0, true);
        assertThatThrownBy(() -> InputStyleMeasure.of(List.of(white))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputStyleMeasure.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
