package org.ganstudio.engine.train;

import com.fasterxml.jackson.databind.JsonNode;
import org.ganstudio.engine.api.ModelFamily;

/**
 * The immutable description of a run, saved as config.json next to the weights. On resume it wins over
 * anything the user has changed since.
 *
 * @param family the model family
 * @param dataset the training folder, as given
 * @param run length and cadence
 * @param model the family's own config record, as JSON
 */
public record RunConfig(ModelFamily family, String dataset, RunSettings run, JsonNode model) {}
