package org.ganstudio.app.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs slow work off the FX thread and hands the result (or the error) back on the FX thread. Tests may
 * pass executors that run at once. An {@link Error} (out of memory, a native failure) is reported like an
 * exception, so the panel that asked can say so and the worker goes on with the next job.
 */
public final class BackgroundTasks {

    private final Executor worker;
    private final Executor uiThread;
    private final boolean ownThreads;

    public BackgroundTasks() {
        this(daemonExecutor(), Platform::runLater, true);
    }

    public BackgroundTasks(Executor worker, Executor uiThread) {
        this(worker, uiThread, false);
    }

    private BackgroundTasks(Executor worker, Executor uiThread, boolean ownThreads) {
        this.worker = worker;
        this.uiThread = uiThread;
        this.ownThreads = ownThreads;
    }

    /**
     * A runner for work where only the newest request matters, on its own thread so that it never waits behind
     * slow work queued here (the engine's first start, say); over this object's executors when a test gave them.
     */
    public <R> LatestOnlyRunner<R> latestOnly(String threadName, Consumer<R> onResult, Consumer<String> onError) {
        return ownThreads ? new LatestOnlyRunner<>(threadName, onResult, onError)
                : new LatestOnlyRunner<>(worker, uiThread, onResult, onError);
    }

    private static ExecutorService daemonExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "studio-background");
            t.setDaemon(true);
            return t;
        });
    }

    /** Computes {@code work} in the background, then calls one of the callbacks on the UI thread. */
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<String> onError) {
        worker.execute(() -> {
            try {
                T result = work.get();
                uiThread.execute(() -> onSuccess.accept(result));
            } catch (Throwable e) { // an OutOfMemoryError too: the worker must survive it and the UI must hear of it
                String message = Failures.describe(e);
                uiThread.execute(() -> onError.accept(message));
            }
        });
    }

    /** Runs something on the UI thread. */
    public void onUi(Runnable action) {
        uiThread.execute(action);
    }
}
