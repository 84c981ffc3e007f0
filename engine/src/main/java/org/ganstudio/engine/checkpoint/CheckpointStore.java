package org.ganstudio.engine.checkpoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;

/**
 * Writes and finds the checkpoints of one run, under {@code runDirectory/checkpoints/step-NNNNNNNN}.
 *
 * <p>A checkpoint is first written to a hidden temporary directory, flushed to disk with a manifest of
 * checksums, then renamed into place in one atomic move. Older checkpoints beyond {@code keep} are removed
 * only after the new one is in place.
 */
public final class CheckpointStore {

    /** Fills a fresh, empty directory with a checkpoint's files. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path directory) throws IOException;
    }

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
    public Path write(long step, Contents contents) {
        Path target = checkpointsDirectory.resolve(directoryName(step));
        Path temporary = checkpointsDirectory.resolve(".tmp-" + directoryName(step) + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(temporary);
            contents.writeTo(temporary);
            Json.write(temporary.resolve(Manifest.FILE_NAME), Manifest.of(temporary));
            syncAll(temporary);
            replace(temporary, target);
            prune();
            return target;
        } catch (IOException e) {
            deleteQuietly(temporary);
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

    private void replace(Path temporary, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(".old-" + target.getFileName() + "-" + UUID.randomUUID());
            move(target, old);
        }
        move(temporary, target);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private void prune() {
        List<Path> all = list();
        for (int i = keep; i < all.size(); i++) {
            deleteQuietly(all.get(i));
        }
    }

    private static void syncAll(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover is ignored by list()
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
