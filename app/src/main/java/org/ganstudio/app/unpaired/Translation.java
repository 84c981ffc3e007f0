package org.ganstudio.app.unpaired;

import java.awt.image.BufferedImage;
import org.ganstudio.engine.api.TranslationDirection;

/**
 * One translated picture with what made it: the model, the way it went and the input it was given (the result a
 * person sees and saves).
 */
record Translation(String modelId, TranslationDirection direction, BufferedImage input, BufferedImage output) {

    /** A file name that says what the picture is, such as {@code horse2zebra-b-to-a.png}. */
    String suggestedFileName() {
        return modelId + "-" + direction.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".png";
    }
}
