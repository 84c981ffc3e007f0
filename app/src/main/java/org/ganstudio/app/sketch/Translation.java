package org.ganstudio.app.sketch;

import java.awt.image.BufferedImage;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.api.StudioException;

/**
 * One answer for one version of the drawing: either the model's output, or why the model was not asked (the
 * model's {@code prepareDrawing} refused the drawing, e.g. an empty one).
 *
 * @param translator the model that made it (results of a model no longer open are dropped)
 * @param revision the drawing's revision it answers
 * @param drawing the drawing as drawn ({@link Sketch#SIDE} px, grey)
 * @param prepared the drawing as the model saw it, with its steps; null when refused
 * @param output the model's image; null when refused
 * @param enlarged {@code output} resampled once to {@link OutputImages#SHOWN} px for showing; null when refused
 * @param refusal why there is no output, for a person; null when there is one
 * @param modelMillis time inside {@code prepareDrawing} and {@code translate}
 * @param requestedAtNanos {@link System#nanoTime()} when the drawing changed
 */
record Translation(ImageTranslator translator, long revision, BufferedImage drawing, PreparedDrawing prepared,
        BufferedImage output, BufferedImage enlarged, String refusal, long modelMillis, long requestedAtNanos) {

    /** Prepares and translates {@code drawing} now (on the caller's thread) and times it. */
    static Translation run(ImageTranslator translator, long revision, BufferedImage drawing, long requestedAtNanos) {
        long start = System.nanoTime();
        PreparedDrawing prepared;
        try {
            prepared = translator.prepareDrawing(drawing);
        } catch (StudioException e) {
            return new Translation(translator, revision, drawing, null, null, null, e.getMessage(), 0, requestedAtNanos);
        }
        BufferedImage output = translator.translate(prepared.image());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Translation(translator, revision, drawing, prepared, output, OutputImages.enlarge(output),
                null, millis, requestedAtNanos);
    }

    boolean refused() {
        return output == null;
    }
}
