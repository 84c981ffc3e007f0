package org.ganstudio.engine.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;

/**
 * Writes and finds the checkpoints of one run, under {@code runDirectory/checkpoints/step-NNNNNNNN}.
 *
 * <p>Each checkpoint is written with {@link AtomicDirectory}; older checkpoints beyond {@code keep} are
 * removed only after the new one is in place, and the one just written is never removed, even when newer ones
 * (of an earlier attempt that went further before a resume from an older checkpoint) fill the {@code keep}
 * newest places. The training loop writes only models whose weights it has checked to be finite, so the newest
 * finite checkpoint of a run is never pruned. A kill at any moment of a write or prune loses no checkpoint:
 * {@link #recover()} puts back what was left under a hidden name.
 */
public final class CheckpointStore {

    private static final String PREFIX = "step-";
    /** A hidden leftover of {@link AtomicDirectory}: its kind (prefix) and the step directory's name. */
    private static final Pattern LEFTOVER = Pattern.compile("(\\.tmp-|\\.old-|\\.del-)(step-\\d+)-.+");
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
                AtomicDirectory.discard(all.get(i));
            }
        }
    }

    /**
     * Puts back every checkpoint that a kill during {@link AtomicDirectory} left only under a hidden name: for a
     * step whose {@code step-N} is missing, the newest complete {@code .tmp-step-N-*} (it was about to replace the
     * old one) or else a complete {@code .old-step-N-*}. Complete means its manifest verifies every file.
     *
     * @return the checkpoints put back
     */
    public List<Path> recover() {
        return recover(Duration.ZERO);
    }

    /**
     * Like {@link #recover()}, but only for leftovers whose manifests are all older than {@code minimumAge}: a
     * writer that is alive renames them within moments, so listings never take them from under it.
     */
    public List<Path> recover(Duration minimumAge) {
        Map<String, List<Path>> byStep = new TreeMap<>();
        for (Path child : children()) {
            Matcher m = LEFTOVER.matcher(child.getFileName().toString());
            if (m.matches() && !m.group(1).equals(AtomicDirectory.DISCARDED)) {
                byStep.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(child);
            }
        }
        List<Path> restored = new ArrayList<>();
        Instant cutoff = Instant.now().minus(minimumAge);
        for (Map.Entry<String, List<Path>> step : byStep.entrySet()) {
            Path target = checkpointsDirectory.resolve(step.getKey());
            if (Files.exists(target) || step.getValue().stream().anyMatch(p -> !writtenBefore(p, cutoff))) {
                continue;
            }
            List<Path> candidates = new ArrayList<>(step.getValue());
            candidates.sort(Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith(AtomicDirectory.TEMPORARY))
                    .thenComparing(CheckpointStore::manifestTime, Comparator.reverseOrder()));
            for (Path candidate : candidates) {
                if (complete(candidate) && moved(candidate, target)) {
                    restored.add(target);
                    break;
                }
            }
        }
        return restored;
    }

    /** Deletes the hidden leftovers of interrupted writes and deletes; call {@link #recover()} first. */
    public void removeLeftovers() {
        for (Path child : children()) {
            if (LEFTOVER.matcher(child.getFileName().toString()).matches()) {
                AtomicDirectory.delete(child);
            }
        }
    }

    private List<Path> children() {
        if (!Files.isDirectory(checkpointsDirectory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(checkpointsDirectory)) {
            return children.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean complete(Path directory) {
        try {
            return Manifest.read(directory.resolve(Manifest.FILE_NAME)).firstProblem(directory) == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean moved(Path from, Path to) {
        try {
            AtomicDirectory.move(from, to);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Instant manifestTime(Path directory) {
        try {
            return Files.getLastModifiedTime(directory.resolve(Manifest.FILE_NAME)).toInstant();
        } catch (IOException e) {
            return Instant.MIN;
        }
    }

    private static boolean writtenBefore(Path directory, Instant cutoff) {
        Path manifest = directory.resolve(Manifest.FILE_NAME);
        return !Files.exists(manifest) || manifestTime(directory).isBefore(cutoff) || manifestTime(directory).equals(cutoff);
    }

}
