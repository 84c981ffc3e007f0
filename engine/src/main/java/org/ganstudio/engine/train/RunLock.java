package org.ganstudio.engine.train;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.ganstudio.engine.api.StudioException;

/**
 * One training at a time in a run folder: an operating-system lock on {@code RUN/.training.lock}, held while the run
 * trains, so that a second process (or a second start in this one) resuming the same run is refused instead of
 * writing checkpoints beside the first. The lock goes with the process, so a killed run leaves nothing to clean up;
 * the file is removed when the run ends.
 */
final class RunLock implements AutoCloseable {

    static final String FILE = ".training.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path runDirectory) {
        Path file = runDirectory.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(runDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(runDirectory, null);
            }
            return new RunLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw busy(runDirectory, e);
        } catch (IOException e) {
            close(channel);
            throw new StudioException("The run folder " + runDirectory + " cannot be locked for training: "
                    + e.getMessage() + ".", e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static StudioException busy(Path runDirectory, Throwable cause) {
        return new StudioException("The run in " + runDirectory + " is already training (in this window or another"
                + " process). Wait for it to stop, or stop it, before starting or resuming it again.", cause);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked
            }
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the channel or the process in any case
        }
    }
}
