package org.ganstudio.engine.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageRejectedException;

/**
 * Runs one piece of work per item on a few threads and returns the outcomes in the items' order. Work that
 * throws becomes a failed outcome with a reason and never stops the others; the cancel flag is polled before
 * each item, and items not started because of it have a {@code null} outcome.
 */
final class Parallel {
    private Parallel() {}

    /** The value for one item, or the reason it could not be used. */
    record Outcome<T>(T value, String reason) {
        boolean ok() {
            return reason == null;
        }
    }

    /** Told after each item: items done so far, items in all, and the item just done. */
    @FunctionalInterface
    interface Progress<I> {
        void update(int done, int total, I item);
    }

    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @return one outcome per item, {@code null} where the item was not started because of {@code cancelled}
     * @throws StudioException if the calling thread is interrupted
     */
    static <I, T> List<Outcome<T>> map(List<I> items, Function<I, T> work, int threads, Progress<I> progress,
            BooleanSupplier cancelled) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "pairs-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Object progressLock = new Object();
        int[] done = {0};
        List<Callable<Outcome<T>>> tasks = new ArrayList<>(items.size());
        for (I item : items) {
            tasks.add(() -> {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                Outcome<T> outcome = attempt(item, work);
                synchronized (progressLock) {
                    progress.update(++done[0], items.size(), item);
                }
                return outcome;
            });
        }
        try {
            List<Outcome<T>> outcomes = new ArrayList<>(items.size());
            for (Future<Outcome<T>> future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StudioException("The work on the files was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a pairs worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <I, T> Outcome<T> attempt(I item, Function<I, T> work) {
        try {
            return new Outcome<>(work.apply(item), null);
        } catch (ImageRejectedException e) {
            return new Outcome<>(null, e.reason());
        } catch (StudioException e) {
            return new Outcome<>(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome<>(null, "it could not be used (" + e + ")");
        } catch (OutOfMemoryError e) {
            return new Outcome<>(null, "it is too large for the memory available");
        }
    }
}
