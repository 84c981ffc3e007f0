package org.ganstudio.engine.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Manifest;
import org.ganstudio.engine.checkpoint.StrictJson;

/**
 * A checkpoint directory that has been checked: its manifest is of the studio's form and names only files inside
 * the folder, it lists config.json, state.json and the files the caller will read, every file in the folder is
 * listed and matches, and config.json and state.json parse strictly. Anything else is refused with a message that
 * says what is wrong.
 */
public record SavedCheckpoint(Path directory, RunConfig config, TrainingProgress progress) {

    /** Opens a checkpoint after checking every file against its manifest. */
    public static SavedCheckpoint open(Path directory) {
        return read(directory, true, List.of());
    }

    /**
     * Opens a checkpoint after checking every file against its manifest, and that the manifest lists
     * {@code needed}: the files the caller is about to read (a family's weights, say).
     */
    public static SavedCheckpoint open(Path directory, Collection<String> needed) {
        return read(directory, true, needed);
    }

    /** Reads config and progress only, without checksums: for listings, where speed matters. */
    public static SavedCheckpoint peek(Path directory) {
        return read(directory, false, List.of());
    }

    /**
     * The family's config record from config.json's "model" part, brought up to date from the file's schema
     * ({@link GanFamily#upgradeConfig}), then read strictly.
     */
    public <C extends Record> C modelConfig(GanFamily<C> family) {
        ObjectNode model = config.model() instanceof ObjectNode node ? node.deepCopy() : null;
        if (model == null) {
            throw refused(directory, RunFiles.CONFIG + ": \"model\" is not an object", null);
        }
        family.upgradeConfig(config.schema(), model);
        try {
            return StrictJson.convert(model, family.configType(), RunFiles.CONFIG, "model");
        } catch (IOException e) {
            throw refused(directory, e.getMessage(), e);
        }
    }

    /** The sentence for a model that cannot be used. */
    static StudioException refused(Path directory, String why, Throwable cause) {
        return new StudioException("The model at " + directory + " cannot be used: " + why + ".", cause);
    }

    private static SavedCheckpoint read(Path directory, boolean verify, Collection<String> needed) {
        if (!Files.isDirectory(directory)) {
            throw new StudioException("There is no model folder at " + directory + ".");
        }
        Path manifestFile = directory.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new StudioException("The folder " + directory + " is not a GAN Studio model: it has no "
                    + Manifest.FILE_NAME + ". Choose a checkpoint folder (checkpoints/step-...) of a run.");
        }
        try {
            Manifest manifest = Manifest.read(manifestFile);
            List<String> required = new ArrayList<>(List.of(RunFiles.CONFIG, RunFiles.STATE));
            required.addAll(needed);
            String problem = manifest.formatProblem();
            if (problem == null) {
                problem = manifest.unlisted(required);
            }
            if (problem == null && verify) {
                problem = manifest.firstProblem(directory);
            }
            if (problem != null) {
                throw refused(directory, problem, null);
            }
            return new SavedCheckpoint(directory, RunFiles.readConfig(directory), RunFiles.readProgress(directory));
        } catch (IOException e) {
            throw refused(directory, e.getMessage(), e);
        }
    }
}
