package org.ganstudio.engine.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.ganstudio.engine.api.ModelFamily;

/**
 * The immutable description of a run, saved as config.json next to the weights. On resume it wins over
 * anything the user has changed since.
 *
 * @param schema the version of this file's layout, {@link #SCHEMA} when written by this version; files written
 *     before it had one read as version 1. Version 2 added Pix2Pix's "augmentation"; each family fills what an
 *     older file lacks ({@link GanFamily#upgradeConfig})
 * @param family the model family
 * @param dataset the training folder, as given
 * @param run length and cadence
 * @param model the family's own config record, as JSON
 */
public record RunConfig(int schema, ModelFamily family, String dataset, RunSettings run, JsonNode model) {

    /** The layout this version writes, and the newest it reads. */
    public static final int SCHEMA = 2;

    public RunConfig {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(model, "model");
    }

    /** A config of the current {@link #SCHEMA}. */
    public RunConfig(ModelFamily family, String dataset, RunSettings run, JsonNode model) {
        this(SCHEMA, family, dataset, run, model);
    }
}
