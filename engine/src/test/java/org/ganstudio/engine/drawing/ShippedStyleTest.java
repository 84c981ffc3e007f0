package org.ganstudio.engine.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganstudio.engine.api.DrawingStyle;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.pix2pix.Pix2PixImageTranslator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped edges-to-shoes model's declared style fits its own training edges, and drawings reach it as shoes. */
class ShippedStyleTest {

    private static Pix2PixImageTranslator translator;

    @BeforeAll
    static void open() {
        translator = Pix2PixImageTranslator.open(Path.of("..", "models", "pix2pix-edges2shoes-64"), Device.cpu());
    }

    @AfterAll
    static void close() {
        translator.close();
    }

    @Test
    void theCardsStyleIsTheStyleMeasuredFromTheExamples() {
        DrawingStyle style = translator.inputStyle();
        DrawingStyle measured = InputStyleMeasure.of(translator.exampleInputs());
        assertThat(style.lineWidth()).isEqualTo(measured.lineWidth()).isEqualTo(1);
        assertThat(style.darkLinesOnLight()).isEqualTo(measured.darkLinesOnLight()).isTrue();
        assertThat(style.span()).isCloseTo(measured.span(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(style.centreX()).isCloseTo(measured.centreX(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(style.centreY()).isCloseTo(measured.centreY(), org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void normalisingTheModelsOwnEdgeMapsChangesThemLittle() {
        List<Double> overlaps = new ArrayList<>();
        int i = 0;
        for (BufferedImage example : translator.exampleInputs()) {
            DrawingNormaliserTest.Sheet before = new DrawingNormaliserTest.Sheet(example, "example-" + ++i);
            DrawingNormaliserTest.Sheet after = new DrawingNormaliserTest.Sheet(translator.prepareDrawing(example).image(),
                    "example-" + i + "-prepared");
            overlaps.add(after.iou(before));
        }
        assertThat(median(overlaps)).as("median IoU of the grown masks").isGreaterThan(0.6);
    }

    @Test
    void theShippedModelDrawsADarkShoeInsideANormalisedOutline() {
        PreparedDrawing prepared = translator.prepareDrawing(ShoeDrawings.shoe(6));
        BufferedImage output = translator.translate(prepared.image());
        DrawingNormaliserTest.dump(output, "model-output");
        DrawingNormaliserTest.Sheet sheet = new DrawingNormaliserTest.Sheet(prepared.image(), "model-input");
        // the outline's interior: the synthetic outline mapped onto the prepared frame's ink box
        double scale = sheet.box.width() / 96.0;
        Polygon inside = ShoeDrawings.outline(sheet.box.x0() - 2 * scale, sheet.box.y0() - 6 * scale, scale);
        double in = 0;
        double out = 0;
        int nIn = 0;
        int nOut = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                double level = (output.getRaster().getSample(x, y, 0)) / 255.0;
                if (inside.contains(x + 0.5, y + 0.5)) {
                    in += level;
                    nIn++;
                } else {
                    out += level;
                    nOut++;
                }
            }
        }
        assertThat(nIn).isGreaterThan(400);
        assertThat(in / nIn).as("mean level inside the outline").isLessThan(out / nOut - 0.2);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
