package org.ganstudio.engine.dcgan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.CheckpointStore;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingJob;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** N steps in one go and N/2, cancel, resume, N/2 must give the same weights. */
class DcganResumeTest {

    private static final DcganConfig TINY = new DcganConfig(28, 1, 8, 8, 8, 1e-3, 0.5);
    private static final int STEPS = 8;

    @TempDir
    Path temp;

    private final TrainingRuns runs = new TrainingRuns(
            (folder, size, channels, progress, cancelled) -> ArrayTrainingData.darkSquares(10, size), "test");

    @Test
    void aRunCancelledHalfwayAndResumedEndsWithTheSameWeightsAsAnUninterruptedRun() throws Exception {
        RunSettings run = new RunSettings(STEPS, 4, 11, STEPS / 2, 100, 5);
        DcganFamily family = new DcganFamily();

        Path straight = temp.resolve("straight");
        TrainingSnapshot end = runs.start(family, TINY, run, temp, straight, Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);

        Path interrupted = temp.resolve("interrupted");
        AtomicReference<TrainingJob> job = new AtomicReference<>();
        job.set(runs.start(family, TINY, run, temp, interrupted, Device.cpu(), s -> {
            if (s.step() == STEPS / 2 && s.state() == TrainingState.RUNNING && job.get() != null) {
                job.get().cancel();
            }
        }));
        while (job.get() == null) {
            Thread.onSpinWait();
        }
        TrainingSnapshot cancelled = job.get().completion().get();
        assertThat(cancelled.state()).as(cancelled.message()).isEqualTo(TrainingState.CANCELLED);
        assertThat(cancelled.step()).isEqualTo(STEPS / 2);

        Path half = interrupted.resolve("checkpoints").resolve(CheckpointStore.directoryName(STEPS / 2));
        TrainingSnapshot resumed = runs.resume(half, Map.of(family.id(), family), Device.cpu(), s -> { }).completion().get();
        assertThat(resumed.state()).as(resumed.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(resumed.step()).isEqualTo(STEPS);

        float[] a = weightsAt(straight);
        float[] b = weightsAt(interrupted);
        assertThat(a.length).isEqualTo(b.length);
        double maxDifference = 0;
        for (int i = 0; i < a.length; i++) {
            maxDifference = Math.max(maxDifference, Math.abs(a[i] - b[i]));
        }
        assertThat(maxDifference).isLessThan(1e-5);
        assertThat(end.losses()).isEqualTo(resumed.losses());
    }

    private static float[] weightsAt(Path runDirectory) throws Exception {
        Path last = runDirectory.resolve("checkpoints").resolve(CheckpointStore.directoryName(STEPS));
        assertThat(Files.isDirectory(last)).isTrue();
        try (DcganModel model = new DcganModel(TINY, Device.cpu(), 0)) {
            model.load(last);
            return model.allWeights();
        }
    }
}
