package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * What a folder of images holds for training.
 *
 * @param folder the folder scanned
 * @param usable number of images that decode and pass the checks
 * @param skipped files left out and why
 * @param preview a few of the usable images, as found on disk (side-by-side pairs for a paired folder)
 * @param paired true for a folder of input|target pairs, where {@code usable} counts training pairs
 * @param validationPairs held-out pairs (val/) of a paired folder, 0 otherwise
 */
public record DatasetScan(Path folder, int usable, List<SkippedFile> skipped, List<BufferedImage> preview,
        boolean paired, int validationPairs) {
    public DatasetScan {
        skipped = List.copyOf(skipped);
        preview = List.copyOf(preview);
    }

    /** A folder of single images. */
    public DatasetScan(Path folder, int usable, List<SkippedFile> skipped, List<BufferedImage> preview) {
        this(folder, usable, skipped, preview, false, 0);
    }
}
