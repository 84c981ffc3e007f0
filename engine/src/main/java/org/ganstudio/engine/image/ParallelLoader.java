package org.ganstudio.engine.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs one piece of work per file on a few threads and returns the outcomes in the files' order, so
 * the result does not depend on scheduling. A file whose work throws becomes a failed outcome; it never
 * stops the others.
 */
final class ParallelLoader {
    private ParallelLoader() {}

    /** The value for one file, or the reason it could not be used. */
    record Outcome<T>(T value, String reason) {
        boolean ok() {
            return reason == null;
        }
    }

    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @throws CancellationException if {@code cancelled} turns true before all files are done
     */
    static <T> List<Outcome<T>> run(List<Path> files, Function<Path, T> work, int threads,
            LoadProgress progress, BooleanSupplier cancelled) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "image-loader-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Object progressLock = new Object();
        int[] done = {0};
        List<Callable<Outcome<T>>> tasks = new ArrayList<>();
        for (Path file : files) {
            tasks.add(() -> {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                Outcome<T> outcome = attempt(file, work);
                synchronized (progressLock) {
                    progress.update(++done[0], files.size());
                }
                return outcome;
            });
        }
        try {
            progress.update(0, files.size());
            List<Outcome<T>> outcomes = new ArrayList<>(files.size());
            for (Future<Outcome<T>> future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
            if (cancelled.getAsBoolean() || outcomes.contains(null)) {
                throw new CancellationException("Loading the images was cancelled.");
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Loading the images was interrupted.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("image loader failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Outcome<T> attempt(Path file, Function<Path, T> work) {
        try {
            return new Outcome<>(work.apply(file), null);
        } catch (ImageRejectedException e) {
            return new Outcome<>(null, e.reason());
        } catch (RuntimeException e) {
            return new Outcome<>(null, "it could not be loaded (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            return new Outcome<>(null, "it is too large for the memory available");
        }
    }
}
