package org.ganstudio.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.LossSample;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.CheckpointStore;
import org.ganstudio.engine.checkpoint.Manifest;
import org.ganstudio.engine.train.LossPoint;
import org.ganstudio.engine.train.SavedCheckpoint;

/** Finds checkpoints under a run, a folder of runs, or a single checkpoint directory. */
final class CheckpointCatalog {

    private static final int MAX_DEPTH = 4;
    private static final String CHECKPOINTS = "checkpoints";
    /** How old a leftover of a checkpoint write must be before a listing puts it back. */
    static final Duration SETTLED = Duration.ofMinutes(1);

    private CheckpointCatalog() {}

    static List<CheckpointInfo> list(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        recoverInterruptedWrites(directory);
        List<CheckpointInfo> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
            walk.filter(p -> Files.isRegularFile(p.resolve(Manifest.FILE_NAME)))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> describe(p, found));
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(CheckpointInfo::written).reversed());
        return List.copyOf(found);
    }

    /**
     * Puts back checkpoints that a killed write left under a hidden name (see {@link CheckpointStore#recover}),
     * in every run below {@code directory}; only leftovers older than {@link #SETTLED}, so that a run writing
     * right now is never disturbed.
     */
    private static void recoverInterruptedWrites(Path directory) {
        try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
            walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(CHECKPOINTS))
                    .filter(Files::isDirectory)
                    .toList()
                    .forEach(p -> new CheckpointStore(p.getParent(), 1).recover(SETTLED));
        } catch (IOException | RuntimeException e) {
            // listing goes on with what is in place
        }
    }

    private static void describe(Path checkpoint, List<CheckpointInfo> found) {
        try {
            SavedCheckpoint saved = SavedCheckpoint.peek(checkpoint);
            List<LossPoint> history = saved.progress().history();
            Map<String, Double> losses = history.isEmpty() ? Map.of() : history.get(history.size() - 1).losses();
            Instant written = Files.getLastModifiedTime(checkpoint.resolve(Manifest.FILE_NAME)).toInstant();
            List<LossSample> samples = history.stream().map(p -> new LossSample(p.step(), p.losses())).toList();
            found.add(new CheckpointInfo(checkpoint, saved.config().family(), saved.progress().step(),
                    saved.config().run().totalSteps(), written, losses, samples));
        } catch (StudioException | IOException e) {
            // a damaged checkpoint is not offered; opening it directly explains what is wrong
        }
    }
}
