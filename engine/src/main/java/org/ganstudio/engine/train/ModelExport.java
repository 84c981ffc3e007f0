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

/**
 * Copies what inference needs out of a checkpoint into a small model folder (weights, config, state, card,
 * and a fresh manifest): the form in which models are shipped. It cannot be resumed: the discriminator and
 * optimiser state stay behind.
 */
public final class ModelExport {

    private ModelExport() {}

    public static Path export(Path checkpoint, Path target, Map<ModelFamily, GanFamily<?>> families) {
        SavedCheckpoint saved = SavedCheckpoint.open(checkpoint);
        GanFamily<?> family = families.get(saved.config().family());
        if (family == null) {
            throw new StudioException("This build cannot export " + saved.config().family().displayName() + " models.");
        }
        List<String> files = new ArrayList<>(family.inferenceFiles());
        files.addAll(List.of(RunFiles.CONFIG, RunFiles.STATE, RunFiles.CARD));
        try {
            AtomicDirectory.write(target, directory -> {
                for (String file : files) {
                    Files.copy(checkpoint.resolve(file), directory.resolve(file));
                }
            });
            return target;
        } catch (IOException e) {
            throw new StudioException("Could not export to " + target + ": " + e.getMessage(), e);
        }
    }
}
