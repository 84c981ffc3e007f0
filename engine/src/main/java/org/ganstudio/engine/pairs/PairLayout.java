package org.ganstudio.engine.pairs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.api.SkippedFile;

/**
 * Where the pairs of a dataset folder are: in {@code train/} and {@code val/} when the folder has either
 * sub-folder (images lying next to them are left out, with a reason), otherwise the folder's own images,
 * all for training.
 *
 * @param folder the dataset folder
 * @param train the training files
 * @param validation the validation files (empty for a flat folder)
 * @param outside files left out before decoding: non-images, images outside train/ and val/
 */
record PairLayout(Path folder, PairFiles train, PairFiles validation, List<SkippedFile> outside) {
    static final String TRAIN = "train";
    static final String VALIDATION = "val";
    static final String OUTSIDE_SPLITS = "outside train/ and val/ (a folder with train/ or val/ uses only those)";

    static PairLayout of(Path folder) {
        PairFiles.requireFolder(folder);
        Path train = folder.resolve(TRAIN);
        Path validation = folder.resolve(VALIDATION);
        if (!Files.isDirectory(train) && !Files.isDirectory(validation)) {
            PairFiles flat = PairFiles.of(folder, folder);
            return new PairLayout(folder, flat, PairFiles.empty(), flat.notImages());
        }
        PairFiles trainFiles = Files.isDirectory(train) ? PairFiles.of(folder, train) : PairFiles.empty();
        PairFiles valFiles = Files.isDirectory(validation) ? PairFiles.of(folder, validation) : PairFiles.empty();
        List<SkippedFile> outside = new ArrayList<>(trainFiles.notImages());
        outside.addAll(valFiles.notImages());
        for (String name : PairFiles.of(folder, folder).names()) {
            outside.add(new SkippedFile(name, OUTSIDE_SPLITS));
        }
        return new PairLayout(folder, trainFiles, valFiles, List.copyOf(outside));
    }

    boolean structured() {
        return Files.isDirectory(folder.resolve(TRAIN)) || Files.isDirectory(folder.resolve(VALIDATION));
    }
}
