package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A trained image-to-image model (Pix2Pix) opened for inference. Safe to call from one background thread
 * at a time; close it to free native memory.
 */
public interface ImageTranslator extends AutoCloseable {

    /** The model's id (its folder name). */
    String modelId();

    /** Side of the square images the model takes and gives. */
    int imageSize();

    /** 1 for grey, 3 for colour. */
    int inputChannels();

    /** 1 for grey, 3 for colour. */
    int outputChannels();

    /**
     * Translates one image. Any size is accepted: it is fitted (scaled and centre-cropped) to
     * {@link #imageSize()} first.
     *
     * @return the output, {@code imageSize() x imageSize()}
     */
    BufferedImage translate(BufferedImage input);

    /** Held-out inputs shipped with the model (validation sketches), possibly none. */
    List<BufferedImage> exampleInputs();

    @Override
    void close();
}
