package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A drawing as a model will see it: normalised to the model's input style (size, framing, stroke width,
 * polarity), with what was done to it in words, for the "what the model sees" thumbnail and for provenance.
 *
 * @param image the model's input, {@code imageSize x imageSize}, grey or colour as the model takes it
 * @param steps what was done to the drawing, in order, one short phrase each (e.g. "inverted: light lines on
 *     dark", "scaled 0.25 into 58 px", "strokes thinned to 1 px")
 */
public record PreparedDrawing(BufferedImage image, List<String> steps) {

    public PreparedDrawing {
        Objects.requireNonNull(image, "image");
        steps = List.copyOf(steps);
    }
}
