package org.ganstudio.engine.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.ganstudio.engine.api.EdgeSettings;
import org.junit.jupiter.api.Test;

class EdgeExtractorTest {

    @Test
    void resultIsBlackAndWhiteGreyOfTheInputSizeForBothMethods() {
        BufferedImage photo = darkSquareOnWhite(64, 48, 10, 39);

        for (EdgeSettings settings : new EdgeSettings[] {EdgeSettings.xdog(), EdgeSettings.canny()}) {
            BufferedImage drawing = EdgeExtractor.extract(photo, settings);

            assertThat(drawing.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(drawing.getWidth()).isEqualTo(64);
            assertThat(drawing.getHeight()).isEqualTo(48);
            assertThat(levels(drawing)).as(settings.method().name()).containsOnly(0, 255).contains(0, 255);
        }
    }

    @Test
    void blankImageHasNoLines() {
        BufferedImage white = new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 30, 30);
        g.dispose();
        BufferedImage transparent = new BufferedImage(30, 30, BufferedImage.TYPE_INT_ARGB);

        for (EdgeSettings settings : new EdgeSettings[] {EdgeSettings.xdog(), EdgeSettings.canny()}) {
            assertThat(levels(EdgeExtractor.extract(white, settings))).containsOnly(255);
            assertThat(levels(EdgeExtractor.extract(transparent, settings))).containsOnly(255);
        }
    }

    @Test
    void cannyDefaultsDrawADarkSquaresBorderPixels() {
        BufferedImage photo = darkSquareOnWhite(32, 32, 10, 19);

        BufferedImage drawing = EdgeExtractor.extract(photo, EdgeSettings.canny());

        assertThat(ink(drawing)).isEqualTo(CannyTest.ring(10, 19));
    }

    @Test
    void xdogDefaultsDrawOneThinLineBesideAVerticalStep() {
        BufferedImage photo = verticalStepPhoto(40, 60, 20);

        BufferedImage drawing = EdgeExtractor.extract(photo, EdgeSettings.xdog());

        Set<String> ink = ink(drawing);
        assertThat(ink).isNotEmpty().allMatch(p -> {
            int x = Integer.parseInt(p.split(",")[0]);
            return x >= 14 && x <= 19;
        });
        for (int y = 10; y < 50; y++) {
            int row = y;
            assertThat(ink.stream().filter(p -> p.endsWith("," + row))).as("row %d", y).hasSize(1);
        }
    }

    @Test
    void speckSettingIsTheSmallestLineKept() {
        BufferedImage photo = darkSquareOnWhite(32, 32, 10, 19);

        Set<String> kept = ink(EdgeExtractor.extract(photo, EdgeSettings.canny().withCleanup(true, 36)));
        Set<String> dropped = ink(EdgeExtractor.extract(photo, EdgeSettings.canny().withCleanup(true, 37)));

        assertThat(kept).isEqualTo(CannyTest.ring(10, 19)).hasSize(36);
        assertThat(dropped).isEmpty();
    }

    /** An RGB image, white, with a black square over x and y in {@code from..to}. */
    static BufferedImage darkSquareOnWhite(int width, int height, int from, int to) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean inside = x >= from && x <= to && y >= from && y <= to;
                image.setRGB(x, y, inside ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    /** An RGB image, black left of column {@code at}, white from there. */
    private static BufferedImage verticalStepPhoto(int width, int height, int at) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x < at ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    private static int[] levels(BufferedImage grey) {
        return grey.getRaster().getSamples(0, 0, grey.getWidth(), grey.getHeight(), 0,
                new int[grey.getWidth() * grey.getHeight()]);
    }

    private static Set<String> ink(BufferedImage grey) {
        Set<String> ink = new HashSet<>();
        int[] levels = levels(grey);
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == 0) {
                ink.add(i % grey.getWidth() + "," + i / grey.getWidth());
            }
        }
        return ink;
    }
}
