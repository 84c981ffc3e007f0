package org.ganstudio.app.sketch;

import java.util.List;

/**
 * Where a saved output came from, written as JSON beside it. Files saved before a field existed read it as null.
 *
 * @param modelId the model's id (its folder name)
 * @param modelFolder the folder the model was opened from
 * @param savedAt when, ISO-8601 in UTC
 * @param imageSize side of the model's images in pixels
 * @param drawingSize side of the drawing in pixels
 * @param sketchFile the drawing's PNG file name, in the same folder
 * @param modelInputFile the PNG of the drawing as the model saw it
 * @param outputFile the output PNG's file name (the model's own size)
 * @param sideBySideFile drawing, model input and output side by side in one PNG
 * @param prepareSteps what was done to the drawing before the model saw it, in order
 */
public record SavedSketch(String modelId, String modelFolder, String savedAt, int imageSize, int drawingSize,
        String sketchFile, String modelInputFile, String outputFile, String sideBySideFile, List<String> prepareSteps) {}
