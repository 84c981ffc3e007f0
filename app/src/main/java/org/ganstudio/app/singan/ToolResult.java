package org.ganstudio.app.singan;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * What one of the studio's tools made, as it is shown and saved.
 *
 * @param image the result (a single picture, or a sheet of several)
 * @param tool what made it ("random-samples", "paint-to-image", ...)
 * @param modelId the model's id
 * @param scales the scale or scales used (start or injection scales, the animation's scale)
 * @param seeds the seed or seeds used
 * @param input the picture given to the model (painting, pasted object, edit), or null
 * @param mask where the model was asked to regenerate (white), or null
 * @param settings other settings worth keeping (size, factor, frames, step), as text or numbers
 */
public record ToolResult(BufferedImage image, String tool, String modelId, List<Integer> scales, List<Long> seeds,
        BufferedImage input, BufferedImage mask, Map<String, Object> settings) {

    public ToolResult {
        scales = List.copyOf(scales);
        seeds = List.copyOf(seeds);
        settings = Map.copyOf(settings);
    }
}
