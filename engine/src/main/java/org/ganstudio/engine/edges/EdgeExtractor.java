package org.ganstudio.engine.edges;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.ganstudio.engine.api.EdgeSettings;

/**
 * Turns a photo into a line drawing: black (0) lines on white (255), the size of the input, as
 * {@code TYPE_BYTE_GRAY}. Steps: luma in [0, 1] ({@link GreyImage#of}), the detector chosen in the settings
 * ({@link Xdog} or {@link Canny}), then optionally {@link ZhangSuenThinning} and {@link SpeckRemoval}.
 * Thinning comes first so that the speck size counts pixels of the final one-pixel lines.
 */
public final class EdgeExtractor {
    private EdgeExtractor() {}

    /** The line drawing of an image of any type; alpha is composited on white. */
    public static BufferedImage extract(BufferedImage image, EdgeSettings settings) {
        if (image == null || settings == null) {
            throw new IllegalArgumentException("an image and edge settings are required");
        }
        GreyImage grey = GreyImage.of(image);
        return toDrawing(ink(grey, settings), grey.width(), grey.height());
    }

    /**
     * The cleaned lines of a grey image as an ink mask (1 = line, row-major, the image's size): the detector,
     * then thinning and speck removal as the settings ask. {@link #extract} draws this mask.
     */
    public static byte[] ink(GreyImage grey, EdgeSettings settings) {
        GreyImage lines = lines(grey, settings);
        int w = lines.width();
        int h = lines.height();
        byte[] ink = InkMask.of(lines);
        if (settings.thin()) {
            ZhangSuenThinning.thin(ink, w, h);
        }
        SpeckRemoval.removeSpecks(ink, w, h, settings.minSpeckPixels());
        return ink;
    }

    /** The detector's black-on-white lines, before any cleaning. */
    public static GreyImage lines(GreyImage grey, EdgeSettings settings) {
        return switch (settings.method()) {
            case XDOG -> Xdog.lines(grey, settings.sigma(), settings.k(), settings.tau(), settings.epsilon(),
                    settings.phi());
            case CANNY -> Canny.lines(grey, settings.sigma(), settings.lowThreshold(), settings.highThreshold());
        };
    }

    private static BufferedImage toDrawing(byte[] ink, int w, int h) {
        BufferedImage drawing = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] levels = ((DataBufferByte) drawing.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < ink.length; i++) {
            levels[i] = ink[i] != 0 ? 0 : (byte) 255;
        }
        return drawing;
    }
}
