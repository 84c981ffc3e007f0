package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * What a folder of side-by-side pairs (input on the left half, target on the right) holds for Pix2Pix.
 *
 * @param folder the folder scanned
 * @param trainPairs usable pairs for training (in train/, or the whole folder when it has no train/)
 * @param validationPairs usable pairs in val/
 * @param skipped files left out and why, named relative to the folder (e.g. "train/12.jpg")
 * @param preview a few usable pairs, each half fitted to a small square, side by side
 */
public record PairedDatasetScan(Path folder, int trainPairs, int validationPairs, List<SkippedFile> skipped,
        List<BufferedImage> preview) {
    public PairedDatasetScan {
        skipped = List.copyOf(skipped);
        preview = List.copyOf(preview);
    }
}
