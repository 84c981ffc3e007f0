package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.CheckpointStore;
import org.ganstudio.engine.train.DataSpec;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingJob;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * N steps in one go and N/2, cancel, resume, N/2 must give the same weights: with dropout on and the
 * learning rate decaying over the second half, both functions of (seed, step).
 */
class Pix2PixResumeTest {

    private static final Pix2PixConfig TINY = PairFixtures.tiny(64, 1, 3);
    private static final int STEPS = 8;

    @TempDir
    Path temp;

    private final TrainingRuns runs = new TrainingRuns(
            spec -> (folder, size, channels, progress, cancelled) -> {
                assertThat(spec).isEqualTo(DataSpec.pairs(ModelFamily.PIX2PIX, 64, 1, 3));
                assertThat(channels).isEqualTo(4);
                return PairFixtures.squares(6, size, spec.inputChannels(), spec.outputChannels());
            },
            "test", Device::toString);

    @Test
    void aRunCancelledHalfwayAndResumedEndsWithTheSameWeightsAsAnUninterruptedRun() throws Exception {
        assertThat(TINY.dropout()).isPositive();
        assertThat(TINY.decayStart()).isEqualTo(0.5);
        RunSettings run = new RunSettings(STEPS, 2, 11, STEPS / 2, 100, 5);
        Pix2PixFamily family = new Pix2PixFamily();

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
        assertThat(PairFixtures.maxAbsDiff(a, b)).isLessThan(1e-5);
        assertThat(end.losses()).isEqualTo(resumed.losses());
        assertThat(end.sampleGrid().getHeight()).as("four preview rows").isEqualTo(4 * 64 + 10);
    }

    private static float[] weightsAt(Path runDirectory) throws Exception {
        Path last = runDirectory.resolve("checkpoints").resolve(CheckpointStore.directoryName(STEPS));
        assertThat(Files.isDirectory(last)).isTrue();
        try (Pix2PixModel model = new Pix2PixModel(TINY, Device.cpu(), 0)) {
            model.load(last);
            return model.allWeights();
        }
    }
}
