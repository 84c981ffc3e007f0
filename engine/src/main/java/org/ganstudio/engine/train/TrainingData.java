package org.ganstudio.engine.train;

/** Images a run trains on, held in memory and copied out batch by batch. */
public interface TrainingData {

    int size();

    int channels();

    int imageSize();

    /** Writes the images at {@code indices} as NCHW floats in [-1, 1] into {@code destination}. */
    void copyBatch(int[] indices, float[] destination);

    /** Files of the folder that were left out, and why. */
    default java.util.List<org.ganstudio.engine.api.SkippedFile> skipped() {
        return java.util.List.of();
    }

    /** Held-out data of the same kind (e.g. a paired dataset's val/ split), for showing results; none by default. */
    default java.util.Optional<TrainingData> validation() {
        return java.util.Optional.empty();
    }
}
