package org.ganstudio.engine.train;

import ai.djl.Device;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.ModelFamily;

/**
 * A model family as the studio sees it: its form, how to read its config, and how to build its model.
 *
 * @param <C> the family's immutable config record
 */
public interface GanFamily<C extends Record> {

    ModelFamily id();

    Class<C> configType();

    /** The family's own fields; the run fields ({@link RunFields}) come on top. */
    List<ConfigField> modelFields();

    /** Builds the config record from validated form values (missing keys take defaults). */
    C parseConfig(Map<String, String> settings);

    /**
     * Brings the "model" part of a config.json written under an older {@link RunConfig#schema} up to date, in
     * place, before it is read strictly: fills the fields added since with the values that older files meant.
     * Nothing to do for a family whose config has not changed.
     */
    default void upgradeConfig(int schema, ObjectNode model) {}

    /** A fresh model with initial weights drawn from {@code seed}. */
    GanModel create(C config, Device device, long seed);

    /** Files of a checkpoint that inference needs (weights only; no discriminator, no optimiser state). */
    List<String> inferenceFiles();

    /**
     * Files of a checkpoint that resuming reads ({@link GanModel#load}): weights and optimiser state of every
     * network. A checkpoint whose manifest does not list them all is refused.
     */
    default List<String> trainingFiles() {
        return inferenceFiles();
    }

    /** Image side the model trains on. */
    int imageSize(C config);

    /**
     * Values per pixel of one training sample, as the data source loads them: 1 or 3 for plain images; for
     * paired families (Pix2Pix) the input's plus the target's channels.
     */
    int channels(C config);

    /** Default batch size of the family's form; 1 (the image-to-image papers' choice) unless the family says otherwise. */
    default int defaultBatchSize() {
        return 1;
    }
}
