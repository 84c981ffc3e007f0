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
 * @param preview a few of the usable images, as found on disk
 */
public record DatasetScan(Path folder, int usable, List<SkippedFile> skipped, List<BufferedImage> preview) {
    public DatasetScan {
        skipped = List.copyOf(skipped);
        preview = List.copyOf(preview);
    }
}
