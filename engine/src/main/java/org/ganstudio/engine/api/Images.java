package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.ganstudio.engine.image.ImageDecoder;

/**
 * Opening one picture file the way the engine does: the same formats ({@link ImageFiles#describe()}), the same
 * 50-megapixel limit checked from the header, EXIF orientation, and the same per-file reasons, for callers (the
 * app) that may use only this package.
 */
public final class Images {
    private static final ImageDecoder DECODER = new ImageDecoder();

    private Images() {}

    /** The largest width x height accepted. */
    public static long maxPixels() {
        return DECODER.maxPixels();
    }

    /**
     * The file as an upright TYPE_INT_RGB image, transparency on white.
     *
     * @throws StudioException "Cannot use NAME: REASON" when the file is missing, not an image, damaged,
     *     truncated, in an unsupported format or too large
     */
    public static BufferedImage decode(Path file) {
        return DECODER.decode(file, 3);
    }

    /** @param channels 3 for TYPE_INT_RGB, 1 for TYPE_BYTE_GRAY */
    public static BufferedImage decode(Path file, int channels) {
        return DECODER.decode(file, channels);
    }
}
