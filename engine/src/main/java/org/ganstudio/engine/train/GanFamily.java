package org.ganstudio.engine.train;

import ai.djl.Device;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.TrainingPlan;

/**
 * A model family as the studio sees it: its form, how to read its config, how to build its model for training,
 * which files of a checkpoint make an inference model, and what its trained models can be opened as.
 *
 * <p>Families are found with {@link java.util.ServiceLoader}: a family is one package plus one line in
 * {@code META-INF/services/org.ganstudio.engine.train.GanFamily}. Nothing else in the engine names a family.
 *
 * @param <C> the family's immutable config record
 */
public interface GanFamily<C extends Record> {

    ModelFamily id();

    Class<C> configType();

    /** What the family trains on; the engine picks the data source by it. Plain images unless the family says. */
    default DataKind dataKind() {
        return DataKind.IMAGES;
    }

    /** The family's own fields; the run fields ({@link RunFields}) come on top. */
    List<ConfigField> modelFields();

    /**
     * The family's own fields for a run on {@code device}: a family whose defaults depend on the device (SinGAN: the
     * paper's schedule on a GPU, a lighter one on a CPU) says so here. The same fields by default.
     */
    default List<ConfigField> modelFields(Device device) {
        return modelFields();
    }

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

    /**
     * Files of the checkpoint (or model folder) {@code directory} that make an inference model: weights and the
     * family's own extras (no discriminator, no optimiser state), as paths relative to the folder. Export copies
     * exactly these; opening a model checks that the manifest lists them. A family whose model is many files may
     * read its own index in the folder to name them.
     */
    List<String> inferenceFiles(Path directory);

    /**
     * Files of a checkpoint that resuming reads ({@link GanModel#load}): weights and optimiser state of every
     * network. A checkpoint whose manifest does not list them all is refused.
     */
    default List<String> trainingFiles(Path directory) {
        return inferenceFiles(directory);
    }

    /** The api interfaces (such as {@code ImageGenerator}) that {@link #open} can give for this family's models. */
    default Set<Class<?>> capabilities() {
        return Set.of();
    }

    /**
     * Opens a verified model of this family as {@code capability}; empty when the family's models cannot be used
     * that way. The checkpoint was checked against its manifest and {@link #inferenceFiles} before this call.
     */
    default <T> Optional<T> open(Class<T> capability, SavedCheckpoint saved, Device device) {
        return Optional.empty();
    }

    /**
     * What a run of {@code config} on {@code dataset} will do, before it starts: by default one phase of the form's
     * steps and no time estimate. A family whose phases depend on the data (SinGAN's pyramid on the picture's size)
     * or that can estimate its time says so here.
     */
    default TrainingPlan plan(C config, RunSettings run, Path dataset, Device device) {
        return new TrainingPlan(List.of(new TrainingPlan.Phase("Training", run.totalSteps(), 0, 0)), Duration.ZERO, "");
    }

    /**
     * Run fields ({@link RunFields}) this family's form leaves out because the family decides them (SinGAN: its steps
     * are its scales' iterations); a left-out field takes its default. None by default.
     */
    default java.util.Set<String> decidedRunFields() {
        return java.util.Set.of();
    }

    /** Default batch size of the family's form; 1 (the image-to-image papers' choice) unless the family says otherwise. */
    default int defaultBatchSize() {
        return 1;
    }
}
