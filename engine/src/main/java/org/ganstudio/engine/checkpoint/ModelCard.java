package org.ganstudio.engine.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.ganstudio.engine.api.DrawingStyle;

/**
 * What a person needs to know about a trained model, saved as card.json.
 *
 * @param name short name
 * @param family model family display name
 * @param paper the paper the architecture follows
 * @param dataset what it was trained on
 * @param datasetImages number of training images
 * @param steps optimisation steps done
 * @param batchSize images per step
 * @param trainingSeconds time spent training
 * @param hardware the device it trained on
 * @param recipe how to reproduce it (a command line, or "trained in the app")
 * @param metrics named figures (last losses, evaluation scores)
 * @param written ISO-8601 time it was written
 * @param inputStyle the drawings it expects (an image-to-image model), or null when it declares none; drawings are
 *     normalised to it before the model sees them
 * @param domainA what domain A holds (an unpaired translator, e.g. "sneakers"), or null
 * @param domainB what domain B holds (e.g. "boots"), or null
 */
public record ModelCard(
        String name,
        String family,
        String paper,
        String dataset,
        int datasetImages,
        long steps,
        int batchSize,
        double trainingSeconds,
        String hardware,
        String recipe,
        Map<String, Double> metrics,
        String written,
        @JsonInclude(JsonInclude.Include.NON_NULL) DrawingStyle inputStyle,
        @JsonInclude(JsonInclude.Include.NON_NULL) String domainA,
        @JsonInclude(JsonInclude.Include.NON_NULL) String domainB) {}
