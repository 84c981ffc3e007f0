package org.ganstudio.engine.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.AtomicDirectory;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.checkpoint.ModelCard;

/**
 * Copies what inference needs out of a checkpoint into a small model folder (weights, config, state, card,
 * and a fresh manifest): the form in which models are shipped. It cannot be resumed: the discriminator and
 * optimiser state stay behind.
 */
public final class ModelExport {

    private ModelExport() {}

    /**
     * Describes the exported model for the people who will use it: the checkpoint's own card names the
     * run's folders, which mean nothing on another machine. Null fields keep what the checkpoint says.
     *
     * @param name the model's name
     * @param dataset what it was trained on (replaces the training folder's path in card and config)
     * @param recipe how to reproduce it
     */
    public record Labels(String name, String dataset, String recipe) {
        public static Labels none() {
            return new Labels(null, null, null);
        }
    }

    public static Path export(Path checkpoint, Path target, Map<ModelFamily, GanFamily<?>> families) {
        return export(checkpoint, target, families, Labels.none());
    }

    public static Path export(Path checkpoint, Path target, Map<ModelFamily, GanFamily<?>> families, Labels labels) {
        SavedCheckpoint saved = SavedCheckpoint.open(checkpoint);
        GanFamily<?> family = families.get(saved.config().family());
        if (family == null) {
            throw new StudioException("This build cannot export " + saved.config().family().displayName() + " models.");
        }
        List<String> files = new ArrayList<>(family.inferenceFiles());
        files.add(RunFiles.STATE);
        try {
            AtomicDirectory.write(target, directory -> {
                for (String file : files) {
                    Files.copy(checkpoint.resolve(file), directory.resolve(file));
                }
                RunConfig config = saved.config();
                Json.write(directory.resolve(RunFiles.CONFIG), new RunConfig(config.family(),
                        or(labels.dataset(), config.dataset()), config.run(), config.model()));
                ModelCard card = Json.read(checkpoint.resolve(RunFiles.CARD), ModelCard.class);
                Json.write(directory.resolve(RunFiles.CARD), new ModelCard(or(labels.name(), card.name()), card.family(),
                        card.paper(), or(labels.dataset(), card.dataset()), card.datasetImages(), card.steps(),
                        card.batchSize(), card.trainingSeconds(), card.hardware(), or(labels.recipe(), card.recipe()),
                        card.metrics(), card.written()));
            });
            return target;
        } catch (IOException e) {
            throw new StudioException("Could not export to " + target + ": " + e.getMessage(), e);
        }
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
