package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writing a PNG so that a stopped command never leaves a half-written file. */
final class PngFile {

    private PngFile() {}

    /** Writes next to the target and moves into place, replacing an older file of that name. */
    static void write(BufferedImage image, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        if (!ImageIO.write(image, "png", temp.toFile())) {
            throw new IOException("no PNG writer");
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
