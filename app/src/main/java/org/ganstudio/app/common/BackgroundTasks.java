package org.ganstudio.app.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs slow work off the FX thread and hands the result (or the error) back on the FX thread. Tests may
 * pass executors that run at once.
 */
public final class BackgroundTasks {

    private final Executor worker;
    private final Executor uiThread;

    public BackgroundTasks() {
        this(daemonExecutor(), Platform::runLater);
    }

    public BackgroundTasks(Executor worker, Executor uiThread) {
        this.worker = worker;
        this.uiThread = uiThread;
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
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                uiThread.execute(() -> onError.accept(message));
            }
        });
    }

    /** Runs something on the UI thread. */
    public void onUi(Runnable action) {
        uiThread.execute(action);
    }
}
