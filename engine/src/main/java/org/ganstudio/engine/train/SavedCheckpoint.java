package org.ganstudio.engine.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.checkpoint.Manifest;

/**
 * A checkpoint directory that has been checked: every file matches its manifest, and config.json and
 * state.json parse. Anything else is refused with a message that says what is wrong.
 */
public record SavedCheckpoint(Path directory, RunConfig config, TrainingProgress progress) {

    /** Opens a checkpoint after checking every file against its manifest. */
    public static SavedCheckpoint open(Path directory) {
        return read(directory, true);
    }

    /** Reads config and progress only, without checksums: for listings, where speed matters. */
    public static SavedCheckpoint peek(Path directory) {
        return read(directory, false);
    }

    private static SavedCheckpoint read(Path directory, boolean verify) {
        if (!Files.isDirectory(directory)) {
            throw new StudioException("There is no model folder at " + directory + ".");
        }
        Path manifestFile = directory.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new StudioException("The folder " + directory + " is not a GAN Studio model: it has no "
                    + Manifest.FILE_NAME + ". Choose a checkpoint folder (checkpoints/step-...) of a run.");
        }
        try {
            Manifest manifest = Json.read(manifestFile, Manifest.class);
            String problem = verify ? manifest.firstProblem(directory) : manifest.formatProblem();
            if (problem != null) {
                throw new StudioException("The model at " + directory + " cannot be used: " + problem + ".");
            }
            RunConfig config = RunFiles.readConfig(directory);
            if (config.family() == null || config.run() == null || config.model() == null) {
                throw new StudioException("The model at " + directory + " has an incomplete config.json.");
            }
            return new SavedCheckpoint(directory, config, RunFiles.readProgress(directory));
        } catch (JsonProcessingException e) {
            throw new StudioException("The model at " + directory + " has a file that is not valid: "
                    + e.getOriginalMessage() + ".", e);
        } catch (IOException e) {
            throw new StudioException("The model at " + directory + " cannot be read: " + e.getMessage(), e);
        }
    }
}
