package org.ganstudio.engine.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
        List<Path> folders = folders(directory);
        folders.stream().filter(p -> p.getFileName() != null && p.getFileName().toString().equals(CHECKPOINTS))
                .forEach(CheckpointCatalog::recoverInterruptedWrites);
        List<CheckpointInfo> found = new ArrayList<>();
        folders.stream().filter(p -> Files.isRegularFile(p.resolve(Manifest.FILE_NAME)))
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .forEach(p -> describe(p, found));
        found.sort(Comparator.comparing(CheckpointInfo::written).reversed());
        return List.copyOf(found);
    }

    /**
     * The folders under {@code directory}, {@link #MAX_DEPTH} deep. A running job deletes files while this looks
     * (its lock file as it ends, checkpoints beyond those it keeps): what vanishes is skipped, never an error, so
     * the listing made just after a run finishes is complete.
     */
    private static List<Path> folders(Path directory) {
        List<Path> folders = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isDirectory()) { // a folder at the deepest level looked at
                        folders.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what was found before the folder became unreadable is still listed
        }
        return folders;
    }

    /**
     * Puts back checkpoints that a killed write left under a hidden name (see {@link CheckpointStore#recover}) in
     * one run's checkpoints folder; only leftovers older than {@link #SETTLED}, so that a run writing right now is
     * never disturbed.
     */
    private static void recoverInterruptedWrites(Path checkpoints) {
        try {
            new CheckpointStore(checkpoints.getParent(), 1).recover(SETTLED);
        } catch (RuntimeException e) {
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
        } catch (StudioException | IOException | UncheckedIOException e) {
            // a damaged (or, as a run prunes it, vanishing) checkpoint is not offered; opening it directly says why
        }
    }
}
