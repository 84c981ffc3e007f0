package org.ganstudio.engine.train;

import java.util.List;
import java.util.Optional;
import org.ganstudio.engine.api.SkippedFile;

/** Images a run trains on, held in memory and copied out batch by batch. All samples share one height and width. */
public interface TrainingData {

    int size();

    int channels();

    /** Height of every sample, in pixels. */
    int height();

    /** Width of every sample, in pixels. */
    int width();

    /** Writes the images at {@code indices} as NCHW floats in [-1, 1] into {@code destination}. */
    void copyBatch(int[] indices, float[] destination);

    /** Files of the folder that were left out, and why. */
    default List<SkippedFile> skipped() {
        return List.of();
    }

    /** Held-out data of the same kind (e.g. a paired dataset's val/ split), for showing results; none by default. */
    default Optional<TrainingData> validation() {
        return Optional.empty();
    }
}
