package org.ganstudio.engine.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.AtomicDirectory;
import org.ganstudio.engine.checkpoint.Manifest;

/**
 * Adds a file to a saved model (a checkpoint or an exported folder), or replaces it, so that the model's manifest
 * covers it like the weights: a later change to the file makes the model refused on open.
 *
 * <p>The folder is first checked against its manifest (a damaged model is never re-signed). Then it is written anew
 * through {@link AtomicDirectory}: every listed file is copied into a hidden sibling, the copies are checked against
 * the old manifest (so a file changed in between is not blessed), the new file is added, a fresh manifest is
 * written, and the sibling takes the folder's place in one rename. Readers see the old folder or the new one,
 * never a mixture. Unlisted hidden files (names starting with a dot) are left behind.
 */
public final class ModelFolderUpdate {

    private ModelFolderUpdate() {}

    /**
     * @param name a plain file name inside the folder (not manifest.json)
     * @throws StudioException when the model is damaged or the folder cannot be rewritten
     */
    public static void putFile(Path directory, String name, byte[] bytes) {
        if (name.isBlank() || name.equals(Manifest.FILE_NAME) || name.contains("/") || name.contains("\\")
                || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name for a model folder: " + name);
        }
        SavedCheckpoint.open(directory);
        try {
            Manifest before = Manifest.read(directory.resolve(Manifest.FILE_NAME));
            Map<String, Manifest.Entry> kept = new TreeMap<>(before.files());
            kept.remove(name);
            AtomicDirectory.write(directory, copy -> {
                for (String key : kept.keySet()) {
                    Path target = copy.resolve(key);
                    Files.createDirectories(target.getParent());
                    Files.copy(directory.resolve(key), target);
                }
                String problem = new Manifest(Manifest.FORMAT, kept).firstProblem(copy);
                if (problem != null) {
                    throw new IOException("the model changed while it was being copied: " + problem);
                }
                Files.write(copy.resolve(name), bytes);
            });
        } catch (IOException e) {
            throw new StudioException("Could not add " + name + " to the model at " + directory + ": " + e.getMessage()
                    + ".", e);
        }
    }
}
