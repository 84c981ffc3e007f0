package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How a stored picture must be turned to stand upright: the eight values of the EXIF/TIFF Orientation tag
 * (tag 274, TIFF 6.0), read from the standard ImageIO metadata tree ({@code Dimension/ImageOrientation}),
 * which TwelveMonkeys' JPEG and TIFF readers fill from the file's EXIF or TIFF tags.
 */
enum Orientation {
    /** 1: as stored. */
    NORMAL("Normal", false),
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL("FlipH", false),
    /** 3: turned half way round. */
    ROTATE_180("Rotate180", false),
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL("FlipV", false),
    /** 5: the stored first row is the left column (transposed). */
    TRANSPOSE("FlipVRotate90", true),
    /** 6: taken with the camera turned; turn 90 degrees clockwise. */
    ROTATE_90_CLOCKWISE("Rotate270", true),
    /** 7: the stored first row is the right column, read bottom up (transverse). */
    TRANSVERSE("FlipHRotate90", true),
    /** 8: turn 90 degrees anticlockwise. */
    ROTATE_90_ANTICLOCKWISE("Rotate90", true);

    private final String standardName;
    private final boolean swapsSides;

    Orientation(String standardName, boolean swapsSides) {
        this.standardName = standardName;
        this.swapsSides = swapsSides;
    }

    /**
     * The orientation the reader's metadata for image 0 gives, or {@link #NORMAL} when it says none or its
     * metadata cannot be read (then the pixels are still worth decoding).
     */
    static Orientation of(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return NORMAL;
            }
            Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            NodeList nodes = ((Element) root).getElementsByTagName("ImageOrientation");
            String value = nodes.getLength() == 0 ? "" : ((Element) nodes.item(0)).getAttribute("value");
            for (Orientation orientation : values()) {
                if (orientation.standardName.equalsIgnoreCase(value)) {
                    return orientation;
                }
            }
            return NORMAL;
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
    }

    /** The image turned upright, of the same type (TYPE_INT_RGB or TYPE_BYTE_GRAY); the same image when NORMAL. */
    BufferedImage upright(BufferedImage stored) {
        if (this == NORMAL) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        BufferedImage out = new BufferedImage(swapsSides ? h : w, swapsSides ? w : h, stored.getType());
        Raster from = stored.getRaster();
        WritableRaster to = out.getRaster();
        Object pixel = null;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                pixel = from.getDataElements(sourceX(x, y, w, h), sourceY(x, y, w, h), pixel);
                to.setDataElements(x, y, pixel);
            }
        }
        return out;
    }

    /** The stored column that lands at upright (x, y); w and h are the stored sides. */
    private int sourceX(int x, int y, int w, int h) {
        return switch (this) {
            case NORMAL, MIRROR_VERTICAL -> x;
            case MIRROR_HORIZONTAL, ROTATE_180 -> w - 1 - x;
            case TRANSPOSE, ROTATE_90_CLOCKWISE -> y;
            case TRANSVERSE, ROTATE_90_ANTICLOCKWISE -> w - 1 - y;
        };
    }

    /** The stored row that lands at upright (x, y). */
    private int sourceY(int x, int y, int w, int h) {
        return switch (this) {
            case NORMAL, MIRROR_HORIZONTAL -> y;
            case ROTATE_180, MIRROR_VERTICAL -> h - 1 - y;
            case TRANSPOSE, ROTATE_90_ANTICLOCKWISE -> x;
            case ROTATE_90_CLOCKWISE, TRANSVERSE -> h - 1 - x;
        };
    }
}
