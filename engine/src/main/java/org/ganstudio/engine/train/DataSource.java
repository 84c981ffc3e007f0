package org.ganstudio.engine.train;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Loads a training folder into memory, fitted to the model's image size and channels. */
@FunctionalInterface
public interface DataSource {

    /**
     * @param progress told (done, total) as files load
     * @param cancelled polled; loading stops early when it turns true
     */
    TrainingData load(Path folder, int imageSize, int channels, Progress progress, BooleanSupplier cancelled);

    /** Loading progress. */
    @FunctionalInterface
    interface Progress {
        void update(int done, int total);
    }
}
