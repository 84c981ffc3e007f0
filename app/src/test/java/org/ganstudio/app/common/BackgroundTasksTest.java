package org.ganstudio.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final BackgroundTasks tasks = new BackgroundTasks(worker, ui);
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> results = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
        ui.shutdownNow();
    }

    private void settle() throws Exception {
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        ui.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anOutOfMemoryErrorReachesOnErrorAndTheWorkerKeepsWorking() throws Exception {
        tasks.<String>run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, results::add, errors::add);
        tasks.run(() -> "next", results::add, errors::add);
        settle();
        assertThat(errors).containsExactly("Out of memory: Java heap space");
        assertThat(results).containsExactly("next");
    }

    @Test
    void anErrorWithoutMessageIsNamed() throws Exception {
        tasks.<String>run(() -> {
            throw new StackOverflowError();
        }, results::add, errors::add);
        settle();
        assertThat(errors).containsExactly("StackOverflowError");
    }
}
