package org.ganstudio.app.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SketchTest {

    private static boolean ink(BufferedImage page, int x, int y) {
        return (page.getRGB(x, y) & 0xff) < 128;
    }

    @Test
    void aOnePixelPenDrawsAOnePixelLineThroughThePixelsItCrosses() {
        Sketch sketch = new Sketch(16);
        sketch.beginStroke(Tool.PEN, 1, 2.5, 4.5);
        sketch.strokeTo(12.9, 4.2);
        sketch.endStroke();
        BufferedImage page = sketch.copy();
        for (int x = 2; x <= 12; x++) {
            assertThat(ink(page, x, 4)).as("x=%d", x).isTrue();
        }
        assertThat(sketch.inkPixels()).isEqualTo(11);
    }

    @Test
    void aOnePixelStrokeThatStepsSidewaysThenDownStaysOnePixelThin() {
        Sketch sketch = new Sketch(8);
        sketch.beginStroke(Tool.PEN, 1, 0.5, 0.5);
        sketch.strokeTo(1.5, 0.5);
        sketch.strokeTo(1.5, 1.5);
        sketch.strokeTo(2.5, 1.5);
        sketch.strokeTo(2.5, 2.5);
        sketch.strokeTo(3.5, 2.5);
        sketch.endStroke();
        BufferedImage page = sketch.copy();
        assertThat(sketch.inkPixels()).as("the staircase's inner corners are taken out").isEqualTo(4);
        assertThat(ink(page, 0, 0) && ink(page, 1, 1) && ink(page, 2, 2) && ink(page, 3, 2)).isTrue();
    }

    @Test
    void takingOutACornerLeavesInkThatWasThereBefore() {
        Sketch sketch = new Sketch(8);
        sketch.beginStroke(Tool.PEN, 1, 1.5, 0.5);
        sketch.endStroke(); // a dot where the next stroke's corner will be
        sketch.beginStroke(Tool.PEN, 1, 0.5, 0.5);
        sketch.strokeTo(1.5, 0.5);
        sketch.strokeTo(1.5, 1.5);
        sketch.endStroke();
        assertThat(ink(sketch.copy(), 1, 0)).isTrue();
        assertThat(sketch.inkPixels()).isEqualTo(3);
    }

    @Test
    void aClickMakesADotAsWideAsThePen() {
        Sketch sketch = new Sketch(32);
        sketch.beginStroke(Tool.PEN, 1, 5.2, 5.7);
        sketch.endStroke();
        assertThat(sketch.inkPixels()).isEqualTo(1);
        sketch.beginStroke(Tool.PEN, 4, 20.5, 20.5);
        sketch.endStroke();
        assertThat(sketch.inkPixels() - 1).isEqualTo(12);
    }

    @Test
    void brushesAreRoundFromThreePixelsOn() {
        assertThat(Brush.of(1).area()).isEqualTo(1);
        assertThat(Brush.of(2).area()).isEqualTo(4);
        assertThat(Brush.of(3).area()).as("a plus").isEqualTo(5);
        assertThat(Brush.of(4).area()).as("a square without corners").isEqualTo(12);
        assertThat(Brush.of(5).area()).isEqualTo(21);
    }

    @Test
    void strokesAreClippedAtTheEdgeOfThePage() {
        Sketch sketch = new Sketch(8);
        sketch.beginStroke(Tool.PEN, 3, -5, 0.5);
        sketch.strokeTo(20, 0.5);
        sketch.endStroke();
        assertThat(sketch.inkPixels()).isEqualTo(8 + 8);
    }

    @Test
    void undoAndRedoWorkPerStroke() {
        Sketch sketch = new Sketch(16);
        sketch.beginStroke(Tool.PEN, 1, 1, 1);
        sketch.strokeTo(10, 1);
        sketch.strokeTo(10, 10); // one stroke, two segments
        sketch.endStroke();
        int first = sketch.inkPixels();
        sketch.beginStroke(Tool.PEN, 1, 1, 14);
        sketch.strokeTo(14, 14);
        sketch.endStroke();
        assertThat(sketch.inkPixels()).isGreaterThan(first);
        assertThat(sketch.undo()).isTrue();
        assertThat(sketch.inkPixels()).isEqualTo(first);
        assertThat(sketch.undo()).isTrue();
        assertThat(sketch.inkPixels()).isZero();
        assertThat(sketch.undo()).isFalse();
        assertThat(sketch.redo()).isTrue();
        assertThat(sketch.inkPixels()).isEqualTo(first);
        sketch.beginStroke(Tool.PEN, 1, 3, 3);
        sketch.endStroke();
        assertThat(sketch.canRedo()).as("a new stroke forgets the redo branch").isFalse();
    }

    @Test
    void theEraserPaintsWhiteAndClearIsUndoable() {
        Sketch sketch = new Sketch(16);
        sketch.beginStroke(Tool.PEN, 1, 0, 8);
        sketch.strokeTo(15, 8);
        sketch.endStroke();
        sketch.beginStroke(Tool.ERASER, 3, 0, 8);
        sketch.strokeTo(6.9, 8); // round caps reach 1.5 px past the end: x 0..7 erased
        sketch.endStroke();
        assertThat(sketch.inkPixels()).isEqualTo(8);
        sketch.clear();
        assertThat(sketch.inkPixels()).isZero();
        sketch.undo();
        assertThat(sketch.inkPixels()).isEqualTo(8);
    }

    @Test
    void resizingKeepsThinLinesBothWays() {
        Sketch sketch = new Sketch(64);
        sketch.beginStroke(Tool.PEN, 1, 10, 32);
        sketch.strokeTo(50, 32);
        sketch.endStroke();
        sketch.resize(32);
        assertThat(sketch.side()).isEqualTo(32);
        assertThat(sketch.inkPixels()).as("a 1-px line survives halving").isGreaterThanOrEqualTo(19);
        assertThat(sketch.canUndo()).isFalse();
        sketch.resize(64);
        assertThat(sketch.inkPixels()).isGreaterThanOrEqualTo(19 * 4);
    }

    @Test
    void edgeMapsAreFittedAndInkedAndWhiteOnBlackIsTurnedAround() {
        BufferedImage edges = new BufferedImage(256, 128, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = edges.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 256, 128);
        g.setColor(Color.WHITE);
        g.drawRect(20, 20, 200, 80); // light lines on black
        g.dispose();
        assertThat(SketchImages.looksInverted(edges)).isTrue();
        BufferedImage page = SketchImages.edgeMapToSketch(edges, 64);
        assertThat(page.getWidth()).isEqualTo(64);
        assertThat(ink(page, 0, 0)).as("the padding is paper").isFalse();
        assertThat(ink(page, 32, 16 + 5)).as("the rectangle's top edge").isTrue();
        assertThat(SketchImages.looksLikeEdges(page)).isTrue();
    }

    @Test
    void theLatencyLogKeepsTheMedianOfTheLastSixtyFour() {
        LatencyLog log = new LatencyLog();
        assertThat(log.median()).isZero();
        for (int i = 1; i <= 5; i++) {
            log.add(i * 10);
        }
        assertThat(log.median()).isEqualTo(30);
        for (int i = 0; i < LatencyLog.KEPT; i++) {
            log.add(7);
        }
        assertThat(log.size()).isEqualTo(LatencyLog.KEPT);
        assertThat(log.median()).isEqualTo(7);
    }
}
