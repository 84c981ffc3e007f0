package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.ganstudio.engine.api.PhaseProgress;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one loop runs a model's phases: entered in order, a checkpoint at each phase's end, resumed inside one. */
class PhasedRunTest {

    @TempDir
    Path temp;

    private final List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();

    private static TrainingRuns runsOf(int height, int width) {
        return new TrainingRuns((folder, size, channels, progress, cancelled) -> ArrayTrainingData.noise(3, height, width, 1),
                "test");
    }

    private static List<String> checkpointFolders(Path run) throws IOException {
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void phasesAreEnteredInOrderEachEndsWithACheckpointAndTheirStepsMakeTheRun() throws Exception {
        ScriptedFamily family = new ScriptedFamily();
        ScriptedFamily.Config config = new ScriptedFamily.Config(6, -1, -1, 10, List.of(3L, 4L, 2L));
        Path run = temp.resolve("run");
        TrainingSnapshot end = runsOf(6, 10).start(family, config, new RunSettings(100, 1, 1, 100, 100, 5), temp, run,
                Device.cpu(), seen::add).completion().get();

        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(end.step()).as("the phases' steps replace the form's 100").isEqualTo(9);
        assertThat(end.totalSteps()).isEqualTo(9);
        assertThat(end.phase()).isEqualTo(new PhaseProgress("Phase 3", 2, 3, 2, 2));
        ScriptedModel model = family.models.get(0);
        assertThat(model.offeredShape).as("non-square samples reach the model").containsExactly(6, 10);
        assertThat(model.entered).extracting(e -> e[0] + "/" + e[1]).containsExactly("0/0", "1/0", "2/0");
        assertThat(checkpointFolders(run)).containsExactly("step-00000003", "step-00000007", "step-00000009");
        assertThat(seen).anyMatch(s -> s.message().equals("Phase 1 done; checkpoint step-00000003 written"));
        assertThat(seen).filteredOn(s -> s.state() == TrainingState.RUNNING && s.step() == 5)
                .allMatch(s -> s.phase().equals(new PhaseProgress("Phase 2", 1, 3, 2, 4)));
    }

    @Test
    void aRunResumedInsideAPhaseReentersItWithTheStepsDoneAndEndsLikeAnUninterruptedOne() throws Exception {
        ScriptedFamily.Config config = new ScriptedFamily.Config(6, -1, -1, 10, List.of(3L, 4L, 2L));
        ScriptedFamily whole = new ScriptedFamily();
        TrainingSnapshot uninterrupted = runsOf(6, 10).start(whole, config, new RunSettings(100, 1, 1, 100, 100, 5), temp,
                temp.resolve("whole"), Device.cpu(), s -> { }).completion().get();
        float[] expected = whole.models.get(0).weightsWhenClosed;

        ScriptedFamily first = new ScriptedFamily();
        Path run = temp.resolve("run");
        runsOf(6, 10).start(first, config, new RunSettings(100, 1, 1, 5, 100, 5), temp, run, Device.cpu(), s -> { })
                .completion().get();
        ScriptedFamily second = new ScriptedFamily();
        TrainingSnapshot resumed = runsOf(6, 10).resume(run.resolve("checkpoints/step-00000005"),
                java.util.Map.of(second.id(), second), Device.cpu(), seen::add)
                .completion().get();

        assertThat(resumed.state()).as(resumed.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(second.models.get(0).entered).as("phase 2 with 2 of its steps done, then phase 3")
                .extracting(e -> e[0] + "/" + e[1]).containsExactly("1/2", "2/0");
        assertThat(resumed.step()).isEqualTo(uninterrupted.step());
        assertThat(second.models.get(0).weightsWhenClosed).containsExactly(expected);
    }

    @Test
    void theTimeLeftWeighsLaterPhasesByTheCostOfTheirSteps() {
        PhaseSchedule schedule = new PhaseSchedule(List.of(new TrainingPhase("a", 10, 1), new TrainingPhase("b", 5, 4)));
        assertThat(schedule.totalSteps()).isEqualTo(15);
        assertThat(schedule.stepsLeftAtCurrentCost(0)).as("10 + 5 x 4 steps of phase a").isEqualTo(30);
        assertThat(schedule.stepsLeftAtCurrentCost(12)).as("3 steps of b").isEqualTo(3);
        assertThat(schedule.stepsLeftAtCurrentCost(15)).isZero();
        assertThat(schedule.phaseOf(9)).isZero();
        assertThat(schedule.phaseOf(10)).isEqualTo(1);
        assertThat(schedule.endsAPhase(10)).isTrue();
        assertThat(schedule.endsAPhase(15)).as("the run's end is not a phase boundary").isFalse();
        assertThat(schedule.progress(15)).isEqualTo(new PhaseProgress("b", 1, 2, 5, 5));
    }
}
