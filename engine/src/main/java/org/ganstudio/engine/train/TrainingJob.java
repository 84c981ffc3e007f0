package org.ganstudio.engine.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingListener;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;

/** A training run on its own thread: prepares the model and data, runs the loop, reports failures. */
public final class TrainingJob implements TrainingHandle {

    /** Builds what the loop needs; runs on the training thread. */
    @FunctionalInterface
    interface Preparation {
        PreparedRun prepare(TrainingControl control, TrainingListener listener) throws Exception;
    }

    private final TrainingControl control = new TrainingControl();
    private final CompletableFuture<TrainingSnapshot> completion = new CompletableFuture<>();
    private final Path runDirectory;
    private volatile TrainingState state = TrainingState.PREPARING;
    /** The newest checkpoint a snapshot has named as good, for the snapshot of a failure. */
    private volatile Path lastGoodCheckpoint;

    private TrainingJob(Path runDirectory) {
        this.runDirectory = runDirectory;
    }

    static TrainingJob start(Path runDirectory, Preparation preparation, TrainingListener listener) {
        TrainingJob job = new TrainingJob(runDirectory);
        TrainingListener tracking = snapshot -> {
            job.state = snapshot.state();
            if (snapshot.lastGoodCheckpoint() != null) {
                job.lastGoodCheckpoint = snapshot.lastGoodCheckpoint();
            }
            listener.onSnapshot(snapshot);
        };
        Thread thread = new Thread(() -> job.run(preparation, tracking), "training-" + runDirectory.getFileName());
        thread.setDaemon(true);
        thread.start();
        return job;
    }

    /**
     * Runs the loop and completes {@link #completion()} only once the run's model and native memory are released,
     * so that whoever waits on it (a test, the app closing the engine) never overtakes the close.
     */
    private void run(Preparation preparation, TrainingListener listener) {
        TrainingSnapshot end;
        try (RunLock lock = RunLock.acquire(runDirectory); PreparedRun prepared = preparation.prepare(control, listener)) {
            end = prepared.loop().run(prepared.progress(), prepared.checkpoint());
        } catch (Throwable e) {
            TrainingSnapshot failed = new TrainingSnapshot(TrainingState.FAILED, 0, 0, 0, Map.of(), 0, Duration.ZERO, null,
                    messageOf(e), lastGoodCheckpoint);
            try {
                listener.onSnapshot(failed);
            } finally {
                completion.complete(failed);
            }
            return;
        }
        completion.complete(end);
    }

    static String messageOf(Throwable e) {
        if (e instanceof StudioException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "Out of memory: try a smaller batch size or image size. The last checkpoint is kept.";
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Training stopped with an error: " + detail + ". The last checkpoint is kept; you can resume from it.";
    }

    @Override
    public void pause() {
        control.pause();
    }

    @Override
    public void resume() {
        control.resume();
    }

    @Override
    public void cancel() {
        control.cancel();
    }

    @Override
    public TrainingState state() {
        return state;
    }

    @Override
    public Path runDirectory() {
        return runDirectory;
    }

    @Override
    public CompletableFuture<TrainingSnapshot> completion() {
        return completion;
    }
}
