package org.ganstudio.app.common;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Interactive work where only the newest request matters (a pen stroke, a slider): at most one job runs at a
 * time, and while it runs only the newest request waits; each new one replaces the one waiting. A burst of
 * requests therefore computes the first and the last. Results reach the UI thread in the order they were
 * asked for, and a result never follows a newer one.
 *
 * <p>{@link #runAfterCurrent} queues a chore (closing a model, say) that runs on the worker once the job in
 * flight ends and before any waiting job; chores are never dropped.
 *
 * <p>A job or chore that throws, {@link Error}s included (out of memory, a native failure), is reported through
 * {@code onError} and the runner goes on: it never stays busy after a failure.
 *
 * @param <R> what a job computes
 */
public final class LatestOnlyRunner<R> {

    private final Executor worker;
    private final Executor ui;
    private final ExecutorService ownedWorker;
    private final Consumer<R> onResult;
    private final Consumer<String> onError;
    private final Object lock = new Object();
    private final Queue<Runnable> chores = new ArrayDeque<>();
    private Job<R> waiting;
    private boolean draining;
    private boolean shutDown;
    private long submitted;
    private long delivered; // UI thread only

    /** A runner on its own daemon thread that answers on the JavaFX thread. */
    public LatestOnlyRunner(String threadName, Consumer<R> onResult, Consumer<String> onError) {
        this(daemonThread(threadName), Platform::runLater, onResult, onError, true);
    }

    /** A runner over the given executors (tests pass direct or single-thread ones). */
    public LatestOnlyRunner(Executor worker, Executor ui, Consumer<R> onResult, Consumer<String> onError) {
        this(worker, ui, onResult, onError, false);
    }

    private LatestOnlyRunner(Executor worker, Executor ui, Consumer<R> onResult, Consumer<String> onError, boolean owned) {
        this.worker = worker;
        this.ui = ui;
        this.ownedWorker = owned ? (ExecutorService) worker : null;
        this.onResult = onResult;
        this.onError = onError;
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for {@code work}; it replaces any request still waiting. Ignored after {@link #shutdown()}. */
    public void submit(Supplier<R> work) {
        synchronized (lock) {
            if (shutDown) {
                return;
            }
            waiting = new Job<>(++submitted, work);
            startDrainingLocked();
        }
    }

    /** Drops the request waiting, if any; the job in flight still finishes. Returns true if one was dropped. */
    public boolean discardPending() {
        synchronized (lock) {
            boolean had = waiting != null;
            waiting = null;
            return had;
        }
    }

    /**
     * Runs {@code chore} on the worker after the job in flight and before any waiting job. After
     * {@link #shutdown()} with nothing in flight, it runs at once on the caller's thread.
     */
    public void runAfterCurrent(Runnable chore) {
        synchronized (lock) {
            if (!shutDown || draining) {
                chores.add(chore);
                if (!shutDown) {
                    startDrainingLocked();
                }
                return;
            }
        }
        runChore(chore);
    }

    /** True when nothing runs and nothing waits. */
    public boolean isIdle() {
        synchronized (lock) {
            return !draining;
        }
    }

    /**
     * Drops the waiting request and takes no more; the job in flight and queued chores still run. A runner
     * that made its own thread lets it end afterwards.
     */
    public void shutdown() {
        synchronized (lock) {
            shutDown = true;
            waiting = null;
            if (ownedWorker != null) {
                ownedWorker.shutdown();
            }
        }
    }

    private void startDrainingLocked() {
        if (!draining) {
            draining = true;
            worker.execute(this::drain);
        }
    }

    /** The worker's loop: chores first, then the newest job, until nothing is left. */
    private void drain() {
        while (true) {
            Runnable chore;
            Job<R> job = null;
            synchronized (lock) {
                chore = chores.poll();
                if (chore == null) {
                    job = waiting;
                    waiting = null;
                    if (job == null) {
                        draining = false;
                        return;
                    }
                }
            }
            if (chore != null) {
                runChore(chore);
            } else {
                runJob(job);
            }
        }
    }

    private void runChore(Runnable chore) {
        try {
            chore.run();
        } catch (Throwable e) { // see the class comment: report and go on
            String message = Failures.describe(e);
            ui.execute(() -> onError.accept(message));
        }
    }

    private void runJob(Job<R> job) {
        try {
            R result = job.work().get();
            ui.execute(() -> deliver(job.sequence(), result));
        } catch (Throwable e) {
            String message = Failures.describe(e);
            ui.execute(() -> onError.accept(message));
        }
    }

    private void deliver(long sequence, R result) {
        if (sequence < delivered) {
            return; // a newer result is already shown
        }
        delivered = sequence;
        onResult.accept(result);
    }

    private record Job<R>(long sequence, Supplier<R> work) {}
}
