package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.StudioException;

/**
 * One picture of any width and height to train on (SinGAN): a file, or a folder that holds exactly one picture.
 * It is decoded with the usual checks (size limit, truncation, orientation; transparency goes onto white, grey
 * becomes colour on request and the reverse), brought down so its longest side is at most the model's, never
 * enlarged, and refused with a plain message when its shorter side is under {@link #MIN_SIDE} pixels.
 */
public final class SinglePicture {

    /** The smallest shorter side a picture may have: SinGAN's coarsest scale is about 25 px. */
    public static final int MIN_SIDE = 25;

    private SinglePicture() {}

    /**
     * @param path a picture file, or a folder holding exactly one picture
     * @param maxSide the longest side of the result
     * @param channels 1 grey or 3 colour
     */
    public static BufferedImage load(Path path, int maxSide, int channels) {
        Path file = pictureAt(path);
        BufferedImage decoded = new ImageDecoder().decode(file, channels);
        String name = String.valueOf(file.getFileName());
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        if (Math.min(w, h) < MIN_SIDE) {
            throw new ImageRejectedException(name, "it is " + w + "x" + h + " pixels; the shorter side must be at least "
                    + MIN_SIDE + " pixels");
        }
        double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int width = Math.max(1, (int) Math.round(w * scale));
        int height = Math.max(1, (int) Math.round(h * scale));
        if (Math.min(width, height) < MIN_SIDE) {
            throw new ImageRejectedException(name, "at a longest side of " + maxSide + " pixels it would be " + width + "x"
                    + height + "; a picture this narrow needs a larger maximum size");
        }
        return scale == 1.0 ? decoded : ImageFitter.resize(decoded, width, height);
    }

    /** The picture file a path names: the path itself, or the one picture inside a folder. */
    static Path pictureAt(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        List<Path> pictures;
        try (Stream<Path> inside = Files.list(path)) {
            pictures = inside.filter(Files::isRegularFile)
                    .filter(f -> ImageFiles.isImageName(String.valueOf(f.getFileName()))).sorted().toList();
        } catch (IOException e) {
            throw new StudioException("The folder " + path + " cannot be read: " + e.getMessage(), e);
        }
        if (pictures.size() != 1) {
            throw new StudioException("Choose one picture: the folder " + path + " holds " + pictures.size()
                    + " pictures, and this model trains on exactly one.");
        }
        return pictures.get(0);
    }
}
