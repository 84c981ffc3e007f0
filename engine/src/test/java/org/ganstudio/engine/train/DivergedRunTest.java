package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real loop driven into NaN: it stops, says where and what to do, and saves nothing non-finite. */
class DivergedRunTest {

    private static final int SIZE = 8;

    @TempDir
    Path temp;

    private final ScriptedFamily family = new ScriptedFamily();
    private final TrainingRuns runs = new TrainingRuns(
            (folder, size, channels, progress, cancelled) -> ArrayTrainingData.darkSquares(6, size), "test");
    private final List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();

    private TrainingJob start(ScriptedFamily.Config config, RunSettings settings, Path run) {
        return runs.start(family, config, settings, temp, run, Device.cpu(), seen::add);
    }

    private static List<String> checkpointFolders(Path run) throws IOException {
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nanLossesStopTheRunNamingTheStepTheLossAndTheLastGoodCheckpointAndSaveNothingAfterIt() throws Exception {
        Path run = temp.resolve("run");
        TrainingJob job = start(new ScriptedFamily.Config(SIZE, 7, -1), new RunSettings(20, 2, 1, 3, 2, 2), run);
        TrainingSnapshot end = job.completion().get();

        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.DIVERGED);
        assertThat(job.state()).isEqualTo(TrainingState.DIVERGED);
        assertThat(end.step()).isEqualTo(8);
        assertThat(end.message()).contains("step 8", "loss fit became NaN", "step-00000006 is the last good checkpoint",
                "lower learning rate");
        assertThat(end.lastGoodCheckpoint()).isEqualTo(run.resolve("checkpoints/step-00000006"));
        assertThat(checkpointFolders(run)).as("no checkpoint after step 6, no temporary leftovers")
                .containsExactly("step-00000003", "step-00000006");
        assertThat(family.models.get(0).weightsFiniteWhenClosed()).as("the NaN really reached the weights").isFalse();
        assertThat(family.models.get(0).previewsOfNonFiniteWeights()).isZero();
        TrainingSnapshot lastRunning = seen.stream().filter(s -> s.state() == TrainingState.RUNNING)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(end.sampleGrid()).as("the last good preview stays").isSameAs(lastRunning.sampleGrid());
        assertThat(seen.get(seen.size() - 1)).isEqualTo(end);
    }

    @Test
    void theLastGoodCheckpointLoadsWithFiniteWeightsAndAResumeFromItReplaysTheSameSteps() throws Exception {
        Path run = temp.resolve("run");
        ScriptedFamily.Config config = new ScriptedFamily.Config(SIZE, 7, -1);
        TrainingSnapshot first = start(config, new RunSettings(20, 2, 1, 3, 2, 2), run).completion().get();
        Path lastGood = first.lastGoodCheckpoint();

        SavedCheckpoint saved = SavedCheckpoint.open(lastGood);
        assertThat(saved.progress().step()).isEqualTo(6);
        try (ScriptedModel model = (ScriptedModel) family.create(config, Device.cpu(), 1)) {
            model.load(lastGood);
            assertThat(model.weightsFinite()).isTrue();
        }

        TrainingSnapshot again = runs.resume(lastGood, Map.of(family.id(), family), Device.cpu(), s -> { })
                .completion().get();
        assertThat(again.state()).as(again.message()).isEqualTo(TrainingState.DIVERGED);
        assertThat(again.step()).as("same seed, same data, same settings: the same step fails").isEqualTo(8);
        assertThat(again.lastGoodCheckpoint()).as("the checkpoint it resumed from").isEqualTo(lastGood);
        assertThat(checkpointFolders(run)).containsExactly("step-00000003", "step-00000006");
    }

    @Test
    void weightsThatTurnNonFiniteWhileTheLossStaysFiniteAreNotCheckpointed() throws Exception {
        Path run = temp.resolve("run");
        // the update of step 6 makes the weights NaN; its loss was computed before and is finite; no preview is due
        TrainingJob job = start(new ScriptedFamily.Config(SIZE, -1, 5), new RunSettings(20, 2, 1, 3, 100, 2), run);
        TrainingSnapshot end = job.completion().get();

        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.DIVERGED);
        assertThat(end.step()).isEqualTo(6);
        assertThat(end.message()).contains("step 6", "weights are no longer finite", "step-00000003 is the last good");
        assertThat(end.losses().get(ScriptedModel.LOSS)).isFinite();
        assertThat(checkpointFolders(run)).containsExactly("step-00000003");
    }

    @Test
    void weightsThatTurnNonFiniteBeforeAPreviewAreNotDrawn() throws Exception {
        Path run = temp.resolve("run");
        TrainingJob job = start(new ScriptedFamily.Config(SIZE, -1, 3), new RunSettings(20, 2, 1, 100, 2, 2), run);
        TrainingSnapshot end = job.completion().get();

        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.DIVERGED);
        assertThat(end.step()).isEqualTo(4);
        assertThat(end.message()).contains("No good checkpoint was written before it");
        assertThat(end.lastGoodCheckpoint()).isNull();
        assertThat(family.models.get(0).previewsOfNonFiniteWeights()).isZero();
        assertThat(run.resolve("checkpoints")).doesNotExist();
    }

    @Test
    void aCancelAfterTheWeightsWentNonFiniteSavesNothingAndReportsTheDivergence() throws Exception {
        Path run = temp.resolve("run");
        AtomicReference<TrainingJob> job = new AtomicReference<>();
        family.afterStep = step -> {
            if (step == 4) {
                while (job.get() == null) {
                    Thread.onSpinWait();
                }
                job.get().cancel();
            }
        };
        job.set(start(new ScriptedFamily.Config(SIZE, -1, 4), new RunSettings(20, 2, 1, 100, 100, 2), run));
        TrainingSnapshot end = job.get().completion().get();

        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.DIVERGED);
        assertThat(end.step()).isEqualTo(5);
        assertThat(end.message()).contains("step 5", "weights are no longer finite");
        assertThat(run.resolve("checkpoints")).doesNotExist();
    }

    @Test
    void aRunThatStaysFiniteCompletesWithItsFinalCheckpointAsTheLastGoodOne() throws Exception {
        Path run = temp.resolve("run");
        TrainingSnapshot end = start(new ScriptedFamily.Config(SIZE, -1, -1), new RunSettings(7, 2, 1, 3, 2, 5), run)
                .completion().get();

        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(end.lastGoodCheckpoint()).isEqualTo(run.resolve("checkpoints/step-00000007"));
        assertThat(checkpointFolders(run)).containsExactly("step-00000003", "step-00000006", "step-00000007");
    }
}
