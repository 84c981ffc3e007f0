package org.ganstudio.engine.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.ganstudio.engine.checkpoint.CheckpointStore;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.checkpoint.ModelCard;
import org.ganstudio.engine.checkpoint.StrictJson;

/** Writes one checkpoint of a run: weights and optimiser state, config.json, state.json and card.json. */
final class RunFiles {

    static final String CONFIG = "config.json";
    static final String STATE = "state.json";
    static final String CARD = "card.json";

    private final CheckpointStore store;
    private final RunConfig config;
    private final String hardware;
    private final String recipe;
    private final int datasetImages;

    RunFiles(CheckpointStore store, RunConfig config, String hardware, String recipe, int datasetImages) {
        this.store = store;
        this.config = config;
        this.hardware = hardware;
        this.recipe = recipe;
        this.datasetImages = datasetImages;
    }

    Path save(GanModel model, TrainingProgress progress, Map<String, Double> lastLosses) {
        return store.write(progress.step(), directory -> {
            model.save(directory);
            Json.write(directory.resolve(CONFIG), config);
            Json.write(directory.resolve(STATE), progress);
            Json.write(directory.resolve(CARD), card(progress, lastLosses));
        });
    }

    private ModelCard card(TrainingProgress progress, Map<String, Double> lastLosses) {
        String datasetName = Path.of(config.dataset()).getFileName() == null ? config.dataset()
                : Path.of(config.dataset()).getFileName().toString();
        return new ModelCard(
                config.family().displayName() + " on " + datasetName,
                config.family().displayName(),
                config.family().summary(),
                datasetName,
                datasetImages,
                progress.step(),
                config.run().batchSize(),
                progress.trainingMillis() / 1000.0,
                hardware,
                recipe,
                lastLosses,
                Instant.now().toString(),
                null,
                null,
                null);
    }

    /**
     * Reads a config.json strictly. One without a schema is of version 1 (the models shipped before the schema
     * was added); one of a newer schema is refused, since its meaning may have changed.
     */
    static RunConfig readConfig(Path folder) throws IOException {
        ObjectNode node = (ObjectNode) StrictJson.tree(folder.resolve(CONFIG));
        JsonNode schema = node.get("schema");
        if (schema == null) {
            node.put("schema", 1);
        } else if (!schema.canConvertToInt() || schema.asInt() < 1) {
            throw new IOException(CONFIG + " has an unknown schema (" + schema + ")");
        } else if (schema.asInt() > RunConfig.SCHEMA) {
            throw new IOException(CONFIG + " was written by a newer GAN Studio (schema " + schema.asInt()
                    + "; this version reads up to " + RunConfig.SCHEMA + "). Update GAN Studio to use it");
        }
        return StrictJson.convert(node, RunConfig.class, CONFIG, "");
    }

    static TrainingProgress readProgress(Path checkpoint) throws IOException {
        return StrictJson.read(checkpoint.resolve(STATE), TrainingProgress.class);
    }
}
