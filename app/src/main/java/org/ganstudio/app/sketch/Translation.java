package org.ganstudio.app.sketch;

import java.awt.image.BufferedImage;
import org.ganstudio.engine.api.ImageTranslator;

/**
 * One finished translation.
 *
 * @param translator the model that made it (results of a model no longer open are dropped)
 * @param input the sketch it was made from
 * @param output the model's image
 * @param modelMillis time inside {@code translate}
 * @param requestedAtNanos {@link System#nanoTime()} when the sketch changed
 */
record Translation(ImageTranslator translator, BufferedImage input, BufferedImage output, long modelMillis,
        long requestedAtNanos) {

    /** Translates {@code input} now (on the caller's thread) and times it. */
    static Translation run(ImageTranslator translator, BufferedImage input, long requestedAtNanos) {
        long start = System.nanoTime();
        BufferedImage output = translator.translate(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Translation(translator, input, output, millis, requestedAtNanos);
    }
}
