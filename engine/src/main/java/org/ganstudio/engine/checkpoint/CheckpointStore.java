package org.ganstudio.engine.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;

/**
 * Writes and finds the checkpoints of one run, under {@code runDirectory/checkpoints/step-NNNNNNNN}.
 *
 * <p>Each checkpoint is written with {@link AtomicDirectory}; older checkpoints beyond {@code keep} are
 * removed only after the new one is in place, and the one just written is never removed, even when newer ones
 * (of an earlier attempt that went further before a resume from an older checkpoint) fill the {@code keep}
 * newest places. The training loop writes only models whose weights it has checked to be finite, so the newest
 * finite checkpoint of a run is never pruned.
 */
public final class CheckpointStore {

    private static final String PREFIX = "step-";
    private final Path checkpointsDirectory;
    private final int keep;

    /**
     * @param runDirectory the run's directory
     * @param keep how many of the newest checkpoints to keep (at least 1)
     */
    public CheckpointStore(Path runDirectory, int keep) {
        this.checkpointsDirectory = runDirectory.resolve("checkpoints");
        this.keep = Math.max(1, keep);
    }

    public static String directoryName(long step) {
        return String.format("%s%08d", PREFIX, step);
    }

    /** Writes the checkpoint for {@code step} atomically and returns its directory. */
    public Path write(long step, AtomicDirectory.Contents contents) {
        Path target = checkpointsDirectory.resolve(directoryName(step));
        try {
            AtomicDirectory.write(target, contents);
            pruneAllBut(target);
            return target;
        } catch (IOException e) {
            throw new StudioException("Could not write the checkpoint to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Complete checkpoints of this run, newest (highest step) first. Temporary leftovers are ignored. */
    public List<Path> list() {
        return listCheckpoints(checkpointsDirectory);
    }

    static List<Path> listCheckpoints(Path checkpointsDirectory) {
        if (!Files.isDirectory(checkpointsDirectory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(checkpointsDirectory)) {
            return children.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> Files.isRegularFile(p.resolve(Manifest.FILE_NAME)))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest complete checkpoint, or null. */
    public Path latest() {
        List<Path> all = list();
        return all.isEmpty() ? null : all.get(0);
    }

    /** Removes all but the {@code keep} newest checkpoints and {@code written}. */
    private void pruneAllBut(Path written) {
        List<Path> all = list();
        for (int i = keep; i < all.size(); i++) {
            if (!all.get(i).equals(written)) {
                AtomicDirectory.delete(all.get(i));
            }
        }
    }

}
