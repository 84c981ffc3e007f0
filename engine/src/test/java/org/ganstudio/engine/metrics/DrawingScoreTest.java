package org.ganstudio.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The shoe-fill score on hand-made 32 px drawings and outputs. */
class DrawingScoreTest {

    private static BufferedImage image(Color background) {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 32, 32);
        g.dispose();
        return image;
    }

    /** A square outline from (8, 8) to (23, 23), one pixel wide. */
    private static BufferedImage square(Color background, Color line) {
        BufferedImage image = image(background);
        Graphics2D g = image.createGraphics();
        g.setColor(line);
        g.drawRect(8, 8, 15, 15);
        g.dispose();
        return image;
    }

    private static BufferedImage filledSquare() {
        BufferedImage image = image(Color.WHITE);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(8, 8, 16, 16);
        g.dispose();
        return image;
    }

    @Test
    void aFilledSquareInsideADrawnSquareScoresNearOne() {
        DrawingScore score = DrawingScore.of(square(Color.WHITE, Color.BLACK), filledSquare(), 1);

        assertThat(score.closed()).isTrue();
        assertThat(score.insideShare()).isCloseTo(14 * 14 / 1024.0, within(1e-9));
        assertThat(score.insideDarkness()).isEqualTo(1.0);
        assertThat(score.outsideWhiteness()).isEqualTo(1.0);
        assertThat(score.shoeFill()).isEqualTo(1.0);
    }

    @Test
    void aBlankOrGreyOutputScoresLow() {
        BufferedImage drawing = square(Color.WHITE, Color.BLACK);

        assertThat(DrawingScore.of(drawing, image(Color.WHITE), 1).shoeFill()).isZero();
        DrawingScore grey = DrawingScore.of(drawing, image(new Color(128, 128, 128)), 1);
        assertThat(grey.insideDarkness()).isCloseTo(127 / 255.0, within(1e-6));
        assertThat(grey.shoeFill()).isCloseTo(0.25, within(0.01));
    }

    @Test
    void anOutputDarkEverywhereScoresZero() {
        DrawingScore score = DrawingScore.of(square(Color.WHITE, Color.BLACK), image(Color.BLACK), 1);

        assertThat(score.insideDarkness()).isEqualTo(1.0);
        assertThat(score.outsideWhiteness()).isZero();
        assertThat(score.shoeFill()).isZero();
    }

    @Test
    void anOutlineWithAWideGapIsReportedOpenAndNotScored() {
        BufferedImage drawing = square(Color.WHITE, Color.BLACK);
        Graphics2D g = drawing.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(23, 12, 1, 8);
        g.dispose();

        DrawingScore score = DrawingScore.of(drawing, filledSquare(), 1);

        assertThat(score.closed()).isFalse();
        assertThat(score.insideShare()).isLessThan(DrawingScore.MIN_INSIDE_SHARE);
        assertThat(score.shoeFill()).isNaN();
    }

    @Test
    void aOnePixelGapIsClosedByTheDilationButNotWithout() {
        BufferedImage drawing = square(Color.WHITE, Color.BLACK);
        drawing.setRGB(23, 15, Color.WHITE.getRGB());

        assertThat(DrawingScore.of(drawing, filledSquare(), 1).closed()).isTrue();
        assertThat(DrawingScore.of(drawing, filledSquare(), 1).shoeFill()).isGreaterThan(0.9);
        assertThat(DrawingScore.of(drawing, filledSquare(), 0).closed()).isFalse();
    }

    @Test
    void lightLinesOnDarkFindTheSameInside() {
        DrawingScore dark = DrawingScore.of(square(Color.WHITE, Color.BLACK), filledSquare(), 1);
        DrawingScore light = DrawingScore.of(square(Color.BLACK, Color.WHITE), filledSquare(), 1);

        assertThat(light).isEqualTo(dark);
    }

    @Test
    void aBlankDrawingHasNoInside() {
        DrawingScore score = DrawingScore.of(image(Color.WHITE), filledSquare());

        assertThat(score.closed()).isFalse();
        assertThat(score.insideShare()).isZero();
        assertThat(score.outsideWhiteness()).isCloseTo(1 - 256 / 1024.0, within(1e-9));
    }

    @Test
    void imagesOfDifferentSizesAreRefused() {
        assertThatThrownBy(() -> DrawingScore.of(image(Color.WHITE), new BufferedImage(16, 16,
                BufferedImage.TYPE_BYTE_GRAY))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 x 32");
    }
}
