package org.ganstudio.engine.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.DrawingStyle;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

/** Drawings of every size, stroke, colour and polarity come out as the same thin, framed outline. */
class DrawingNormaliserTest {

    static final int SIZE = 64;
    static final DrawingStyle STYLE = new DrawingStyle(1, 0.97, 0.5, 0.52, true);
    static final DrawingNormaliser NORMALISER = new DrawingNormaliser(STYLE, SIZE, 1, EdgeSettings.canny());

    @Test
    void strokesOfOneToTwelvePixelsGiveTheSameThinFramedOutline() {
        Sheet reference = prepare(ShoeDrawings.shoe(1), "width-1");
        for (float width : new float[] {1, 3, 6, 12}) {
            Sheet sheet = prepare(ShoeDrawings.shoe(width), "width-" + (int) width);
            sheet.assertFramedThinOutline();
            assertThat(sheet.iou(reference)).as("IoU with the 1 px drawing at width %s", width).isGreaterThan(0.7);
        }
    }

    @Test
    void aliasedAndColouredStrokesReadAsInk() {
        Sheet aliased = prepare(ShoeDrawings.shoe(256, 256, 3, Color.WHITE, Color.BLACK, 18, 70, 2.2, false), "aliased");
        Sheet red = prepare(ShoeDrawings.shoe(256, 256, 3, Color.WHITE, new Color(220, 30, 30), 18, 70, 2.2, true), "red");
        Sheet grey = prepare(ShoeDrawings.shoe(256, 256, 2, new Color(250, 248, 240), new Color(170, 170, 170), 18, 70, 2.2,
                true), "grey-pencil");
        Sheet reference = prepare(ShoeDrawings.shoe(3), "reference");
        for (Sheet sheet : List.of(aliased, red, grey)) {
            sheet.assertFramedThinOutline();
            assertThat(sheet.iou(reference)).isGreaterThan(0.7);
        }
    }

    @Test
    void lightLinesOnDarkAreInvertedAndSaySo() {
        BufferedImage chalk = ShoeDrawings.shoe(256, 256, 4, new Color(20, 30, 40), Color.WHITE, 18, 70, 2.2, true);
        PreparedDrawing prepared = NORMALISER.prepare(chalk);
        Sheet sheet = new Sheet(prepared.image(), "inverted");
        sheet.assertFramedThinOutline();
        assertThat(sheet.iou(prepare(ShoeDrawings.shoe(4), "reference"))).isGreaterThan(0.7);
        assertThat(prepared.steps()).anyMatch(step -> step.startsWith("inverted"));
    }

    @Test
    void aTransparentGroundIsFlattenedWithInkWhereOpaque() {
        BufferedImage white = ShoeDrawings.shoe(256, 256, 5, null, Color.WHITE, 18, 70, 2.2, true);
        PreparedDrawing prepared = NORMALISER.prepare(white);
        Sheet sheet = new Sheet(prepared.image(), "transparent");
        sheet.assertFramedThinOutline();
        assertThat(sheet.iou(prepare(ShoeDrawings.shoe(5), "reference"))).isGreaterThan(0.7);
        assertThat(prepared.steps()).contains("flattened transparency: ink where opaque");
    }

    @Test
    void aSmallOffCentreDrawingIsCroppedAndFramed() {
        PreparedDrawing prepared = NORMALISER.prepare(ShoeDrawings.shoe(256, 256, 2, Color.WHITE, Color.BLACK, 150, 20, 0.8,
                true));
        Sheet sheet = new Sheet(prepared.image(), "small");
        sheet.assertFramedThinOutline();
        assertThat(sheet.iou(prepare(ShoeDrawings.shoe(2), "reference"))).isGreaterThan(0.6);
        assertThat(prepared.steps()).anyMatch(step -> step.startsWith("cropped to the drawing"))
                .anyMatch(step -> step.startsWith("scaled by")).contains("strokes thinned to 1 px");
    }

    @Test
    void aDrawingThatTouchesTheBordersWorks() {
        Sheet sheet = prepare(ShoeDrawings.shoe(200, 100, 3, Color.WHITE, Color.BLACK, 0, 0, 2.0, true), "border");
        sheet.assertFramedThinOutline();
        assertThat(sheet.iou(prepare(ShoeDrawings.shoe(3), "reference"))).isGreaterThan(0.7);
    }

    @Test
    void aVeryLongThinDrawingIsFramedByItsLongerSide() {
        BufferedImage strip = new BufferedImage(20000, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = strip.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 20000, 20);
        g.setColor(Color.BLACK);
        g.drawRect(100, 3, 19800, 14);
        g.drawLine(100, 10, 19900, 10);
        g.dispose();
        Sheet sheet = new Sheet(NORMALISER.prepare(strip).image(), "strip");
        assertThat(sheet.box.width()).isBetween(60, 64);
        assertThat(sheet.ink).isBetween(60, 200);
        assertThat(sheet.minLevel()).isLessThan(0.2);
    }

    @Test
    void emptyAndSinglePixelDrawingsAreRefusedWithAPlainMessage() {
        BufferedImage blank = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        for (BufferedImage empty : List.of(blank, new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB),
                new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB))) {
            assertThatThrownBy(() -> NORMALISER.prepare(empty)).isInstanceOf(StudioException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Test
    void specksAreDroppedBeforeFraming() {
        BufferedImage drawing = ShoeDrawings.shoe(2);
        drawing.setRGB(3, 3, 0xFF000000);
        drawing.setRGB(250, 250, 0xFF000000);
        PreparedDrawing prepared = NORMALISER.prepare(drawing);
        new Sheet(prepared.image(), "specks").assertFramedThinOutline();
        assertThat(prepared.steps()).contains("removed specks");
    }

    @Test
    void aPhotoBecomesEdgesNotABlob() {
        BufferedImage photo = ShoePhotos.photo(256);
        PreparedDrawing prepared = NORMALISER.prepare(photo);
        Sheet sheet = new Sheet(prepared.image(), "photo");
        assertThat(sheet.ink).isGreaterThan(60).isLessThan((int) (0.15 * SIZE * SIZE));
        assertThat(sheet.box.width()).isBetween(56, 64);
        assertThat(prepared.steps()).anyMatch(step -> step.contains("photo") && step.contains("edges"));
    }

    @Test
    void aModelThatWantsThickLightLinesInColourGetsThem() {
        DrawingNormaliser normaliser = new DrawingNormaliser(new DrawingStyle(3, 0.8, 0.5, 0.5, false), 128, 3,
                EdgeSettings.canny());
        PreparedDrawing prepared = normaliser.prepare(ShoeDrawings.shoe(6));
        BufferedImage image = prepared.image();
        assertThat(image.getWidth()).isEqualTo(128);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isZero();
        int light = 0;
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                light += (image.getRGB(x, y) & 0xFF) > 128 ? 1 : 0;
            }
        }
        assertThat(light).as("3 px lines").isGreaterThan(3 * 200);
        assertThat(prepared.steps()).contains("lines drawn 3 px wide", "drawn as light lines on dark");
    }

    static Sheet prepare(BufferedImage drawing, String name) {
        return new Sheet(NORMALISER.prepare(drawing).image(), name);
    }

    /** A prepared image's ink (dark pixels) and its measures. */
    static final class Sheet {
        final BufferedImage image;
        final byte[] mask;
        final int ink;
        final Masks.Box box;

        Sheet(BufferedImage image, String name) {
            this.image = image;
            this.mask = new byte[SIZE * SIZE];
            for (int i = 0; i < mask.length; i++) {
                mask[i] = image.getRaster().getSample(i % SIZE, i / SIZE, 0) < 128 ? (byte) 1 : 0;
            }
            this.ink = Masks.count(mask);
            this.box = Masks.bounds(mask, SIZE, SIZE);
            dump(image, name);
        }

        void assertFramedThinOutline() {
            assertThat(image.getWidth()).isEqualTo(SIZE);
            assertThat(ink).as("ink pixels").isBetween(120, 400);
            assertThat(Math.max(box.width(), box.height())).as("span").isBetween(60, 64);
            assertThat((box.x0() + box.x1() + 1) / 2.0).as("centre x").isBetween(30.0, 34.0);
            assertThat((box.y0() + box.y1() + 1) / 2.0).as("centre y").isBetween(31.0, 35.5);
            assertThat(blockShare()).as("share of ink in solid 2 x 2 blocks").isLessThan(0.05);
            assertThat(minLevel()).isLessThan(0.2);
        }

        double minLevel() {
            int min = 255;
            for (int i = 0; i < mask.length; i++) {
                min = Math.min(min, image.getRaster().getSample(i % SIZE, i / SIZE, 0));
            }
            return min / 255.0;
        }

        /** Lines at most about 2 px thick: few ink pixels belong to a 2 x 2 block of ink. */
        double blockShare() {
            byte[] blocks = Masks.erode(Masks.dilate(mask, SIZE, SIZE, 0, 0), SIZE, SIZE, 0);
            int inBlocks = 0;
            for (int y = 0; y + 1 < SIZE; y++) {
                for (int x = 0; x + 1 < SIZE; x++) {
                    int i = y * SIZE + x;
                    if (blocks[i] + blocks[i + 1] + blocks[i + SIZE] + blocks[i + SIZE + 1] == 4) {
                        inBlocks++;
                    }
                }
            }
            return inBlocks / (double) Math.max(1, ink);
        }

        /** Intersection over union of the two masks, each grown by 1 px. */
        double iou(Sheet other) {
            byte[] a = Masks.dilate(mask, SIZE, SIZE, 1, 1);
            byte[] b = Masks.dilate(other.mask, SIZE, SIZE, 1, 1);
            int both = 0;
            int either = 0;
            for (int i = 0; i < a.length; i++) {
                both += a[i] & b[i];
                either += a[i] | b[i];
            }
            return both / (double) either;
        }
    }

    /** With -Ddrawing.dump=FOLDER the prepared images are written there to look at. */
    static void dump(BufferedImage image, String name) {
        String folder = System.getProperty("drawing.dump");
        if (folder != null) {
            try {
                ImageIO.write(image, "png", new File(folder, name + ".png"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
