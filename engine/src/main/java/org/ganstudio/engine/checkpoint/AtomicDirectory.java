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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a directory all at once: its files go into a hidden temporary sibling ({@value #TEMPORARY}name-id),
 * are flushed to disk with a {@link Manifest}, and the directory is renamed into place in one move. Readers never
 * see half of it.
 *
 * <p>Replacing an existing directory takes two renames: the old one is moved aside to {@value #OLD}name-id, then
 * the new one into place. A kill between the two leaves the directory only under those hidden names;
 * {@link CheckpointStore#recover} puts the newer complete one back. Directories being deleted are first renamed
 * to {@value #DISCARDED}name-id, so that a kill during a delete never leaves half a directory under its name.
 */
public final class AtomicDirectory {

    static final String TEMPORARY = ".tmp-";
    static final String OLD = ".old-";
    static final String DISCARDED = ".del-";

    /** The moments of a write at which {@link #faults} is called, in order. */
    static final String CONTENTS_WRITTEN = "contents written";
    static final String MANIFEST_WRITTEN = "manifest written";
    static final String SYNCED = "synced";
    static final String OLD_MOVED_ASIDE = "old moved aside";
    static final String NEW_MOVED_IN = "new moved in";

    /**
     * Test seam: called at each moment of a write; a test throws an {@link Error} from it to stop the write
     * there as a kill would, without any clean-up.
     */
    static volatile Consumer<String> faults = moment -> { };

    /** Fills a fresh, empty directory. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path directory) throws IOException;
    }

    private AtomicDirectory() {}

    /** Writes {@code target} (replacing an existing one only once the new one is complete). */
    public static void write(Path target, Contents contents) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = sibling(target, TEMPORARY);
        try {
            Files.createDirectories(temporary);
            contents.writeTo(temporary);
            faults.accept(CONTENTS_WRITTEN);
            Json.write(temporary.resolve(Manifest.FILE_NAME), Manifest.of(temporary));
            faults.accept(MANIFEST_WRITTEN);
            syncAll(temporary);
            faults.accept(SYNCED);
            replace(temporary, target);
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            throw e;
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = sibling(target, OLD);
            move(target, old);
            faults.accept(OLD_MOVED_ASIDE);
        }
        move(temporary, target);
        faults.accept(NEW_MOVED_IN);
        if (old != null) {
            discard(old);
        }
    }

    private static Path sibling(Path target, String prefix) {
        return target.resolveSibling(prefix + target.getFileName() + "-" + UUID.randomUUID());
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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

    /**
     * Removes a directory that readers may see: it is renamed to a hidden {@value #DISCARDED} name first, so a
     * kill halfway leaves a leftover that is never mistaken for the directory (and is removed later).
     */
    public static void discard(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        Path aside = sibling(directory, DISCARDED);
        try {
            move(directory, aside);
        } catch (IOException e) {
            aside = directory; // delete in place, best effort
        }
        delete(aside);
    }

    /** Removes a directory tree, best effort: what is left is ignored by readers (no manifest). */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
