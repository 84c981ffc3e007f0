package org.ganstudio.app.sketch;

/**
 * Where a saved output came from, written as JSON beside it.
 *
 * @param modelId the model's id (its folder name)
 * @param modelFolder the folder the model was opened from
 * @param savedAt when, ISO-8601 in UTC
 * @param imageSize side of the model's images in pixels
 * @param sketchFile the sketch PNG's file name, in the same folder
 * @param outputFile the output PNG's file name, in the same folder
 */
public record SavedSketch(String modelId, String modelFolder, String savedAt, int imageSize, String sketchFile,
        String outputFile) {}
