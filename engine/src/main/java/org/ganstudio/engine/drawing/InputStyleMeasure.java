package org.ganstudio.engine.drawing;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganstudio.engine.api.DrawingStyle;
import org.ganstudio.engine.edges.GreyImage;
import org.ganstudio.engine.edges.ZhangSuenThinning;

/**
 * Measures the {@link DrawingStyle} of a model's training inputs (its edge maps), so that a model card declares
 * what the model was trained on rather than a guess: the median framing (span and centre of each input's ink
 * box), the median stroke width (ink pixels per pixel of the thinned lines) and the usual polarity.
 */
public final class InputStyleMeasure {

    private InputStyleMeasure() {}

    /**
     * The style of {@code inputs} (square edge maps of one size); inputs without ink are skipped.
     *
     * @throws IllegalArgumentException when none has ink
     */
    public static DrawingStyle of(List<BufferedImage> inputs) {
        List<Double> spans = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        int dark = 0;
        for (BufferedImage input : inputs) {
            GreyImage grey = GreyImage.of(input);
            int w = grey.width();
            int h = grey.height();
            boolean darkLines = borderMean(grey) >= 0.5;
            byte[] ink = new byte[w * h];
            float[] pixels = grey.pixels();
            for (int i = 0; i < ink.length; i++) {
                ink[i] = (darkLines ? pixels[i] < 0.5f : pixels[i] >= 0.5f) ? (byte) 1 : 0;
            }
            Masks.Box box = Masks.bounds(ink, w, h);
            if (box == null) {
                continue;
            }
            dark += darkLines ? 1 : 0;
            spans.add(Math.max(box.width() / (double) w, box.height() / (double) h));
            xs.add((box.x0() + box.x1() + 1) / 2.0 / w);
            ys.add((box.y0() + box.y1() + 1) / 2.0 / h);
            byte[] skeleton = ink.clone();
            ZhangSuenThinning.thin(skeleton, w, h);
            widths.add(Masks.count(ink) / (double) Math.max(1, Masks.count(skeleton)));
        }
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("none of the " + inputs.size() + " inputs has any lines to measure");
        }
        int width = (int) Math.max(1, Math.min(8, Math.round(median(widths))));
        return new DrawingStyle(width, Math.min(1, round(median(spans))), round(median(xs)), round(median(ys)),
                2 * dark >= spans.size());
    }

    private static double borderMean(GreyImage grey) {
        int w = grey.width();
        int h = grey.height();
        double sum = 0;
        int n = 0;
        for (int x = 0; x < w; x++) {
            sum += grey.get(x, 0) + grey.get(x, h - 1);
            n += 2;
        }
        for (int y = 1; y < h - 1; y++) {
            sum += grey.get(0, y) + grey.get(w - 1, y);
            n += 2;
        }
        return sum / n;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
