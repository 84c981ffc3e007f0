package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.util.function.UnaryOperator;
import org.ganstudio.engine.image.ImageTensors;

/** Input makers for {@link PairBuilder} that need nothing beyond the image package. */
public final class PairInputs {
    private PairInputs() {}

    /**
     * The photo in grey (ITU-R BT.601 luminance, as everywhere in the engine), TYPE_BYTE_GRAY and the same
     * size: inputs for colourisation pairs.
     */
    public static UnaryOperator<BufferedImage> greyscale() {
        return image -> ImageTensors.fromChw(ImageTensors.toChw(image, 1), 1, image.getHeight(), image.getWidth());
    }
}
