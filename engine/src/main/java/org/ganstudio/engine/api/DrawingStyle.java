package org.ganstudio.engine.api;

/**
 * The look of the drawings a model was trained on, which every drawing is normalised to before the model sees
 * it ({@link ImageTranslator#prepareDrawing}). A model declares it as {@code inputStyle} in its card.json;
 * a model without one gets {@link #thinEdges()}.
 *
 * @param lineWidth stroke width of the lines, in pixels of the model's input, 1 to 8
 * @param span share of the frame the drawing's longer side spans (its ink bounding box), above 0 and at most 1
 * @param centreX where the centre of the ink bounding box sits across the frame, as a share of its width
 * @param centreY where the centre of the ink bounding box sits down the frame, as a share of its height
 * @param darkLinesOnLight dark lines on a light ground (true), or light lines on a dark ground
 */
public record DrawingStyle(int lineWidth, double span, double centreX, double centreY, boolean darkLinesOnLight) {

    public DrawingStyle {
        if (lineWidth < 1 || lineWidth > 8) {
            throw new IllegalArgumentException("the line width must be 1 to 8 px, got " + lineWidth);
        }
        if (!(span > 0 && span <= 1)) {
            throw new IllegalArgumentException("the span must be above 0 and at most 1, got " + span);
        }
        if (!(centreX >= 0 && centreX <= 1) || !(centreY >= 0 && centreY <= 1)) {
            throw new IllegalArgumentException("the centre must lie inside the frame, got " + centreX + ", " + centreY);
        }
    }

    /** One-pixel dark lines on white, centred, spanning nine tenths of the frame: thin edge maps. */
    public static DrawingStyle thinEdges() {
        return new DrawingStyle(1, 0.9, 0.5, 0.5, true);
    }
}
