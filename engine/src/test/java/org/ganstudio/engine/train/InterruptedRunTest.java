package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.CheckpointStore;
import org.ganstudio.engine.checkpoint.WriteFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed again and again while it writes checkpoints, and resumed each time, ends exactly where an
 * uninterrupted run ends: no checkpoint lost, none mixed up, no leftovers.
 */
class InterruptedRunTest {

    private static final int STEPS = 12;
    private static final RunSettings SETTINGS = new RunSettings(STEPS, 2, 1, 2, 100, 50);

    @TempDir
    Path temp;

    private final ScriptedFamily family = new ScriptedFamily();
    private final ScriptedFamily.Config config = new ScriptedFamily.Config(8, -1, -1);
    private final TrainingRuns runs = new TrainingRuns(
            (folder, size, channels, progress, cancelled) -> ArrayTrainingData.darkSquares(6, size), "test");

    @AfterEach
    void noMoreKills() {
        WriteFaults.clear();
    }

    @Test
    void aKillBetweenTheRenamesOfARewrittenCheckpointLosesNothingAndTheRunResumes() throws Exception {
        Path run = temp.resolve("run");
        runs.start(family, config, SETTINGS, temp, run, Device.cpu(), s -> { }).completion().get();
        Path step4 = run.resolve("checkpoints/step-00000004");
        WriteFaults.set(moment -> {
            if (moment.equals(WriteFaults.BETWEEN_RENAMES)) {
                throw new WriteFaults.Killed(moment);
            }
        });
        TrainingSnapshot killed = resume(run.resolve("checkpoints/step-00000002"));
        WriteFaults.clear();
        assertThat(killed.state()).isEqualTo(TrainingState.FAILED);
        assertThat(step4).as("step 4 was moved aside when the kill came").doesNotExist();

        TrainingSnapshot end = resume(run.resolve("checkpoints/step-00000002"));
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        assertThat(checkpoints(run)).hasSize(STEPS / 2).doesNotContainAnyElementsOf(List.of(".tmp", ".old"));
        assertThat(hiddenLeftovers(run)).isEmpty();
    }

    @Test
    void killedAtRandomMomentsOfItsCheckpointWritesAndResumedEachTimeARunEndsLikeAnUninterruptedOne() throws Exception {
        Path straight = temp.resolve("straight");
        TrainingSnapshot reference = runs.start(family, config, SETTINGS, temp, straight, Device.cpu(), s -> { })
                .completion().get();
        assertThat(reference.state()).isEqualTo(TrainingState.COMPLETED);
        Set<String> killedAt = new TreeSet<>();
        for (long seed = 1; seed <= 3; seed++) {
            Path run = temp.resolve("interrupted-" + seed);
            TrainingSnapshot end = killedAndResumed(run, new Random(seed), killedAt);
            assertThat(end.step()).isEqualTo(STEPS);
            assertThat(weightsAt(run)).containsExactly(weightsAt(straight));
            assertThat(end.losses()).isEqualTo(reference.losses());
            assertThat(checkpoints(run)).isEqualTo(checkpoints(straight));
            assertThat(hiddenLeftovers(run)).isEmpty();
        }
        assertThat(killedAt).as("kills came at every moment of a write").containsAll(WriteFaults.MOMENTS);
    }

    /** Runs to the end, killed at random moments of up to 8 checkpoint writes and resumed from a random checkpoint. */
    private TrainingSnapshot killedAndResumed(Path run, Random random, Set<String> killedAt) throws Exception {
        AtomicInteger countdown = new AtomicInteger();
        AtomicBoolean dead = new AtomicBoolean();
        WriteFaults.set(moment -> {
            if (dead.get() || countdown.decrementAndGet() == 0) {
                if (!dead.getAndSet(true)) { // a killed process writes nothing more
                    killedAt.add(moment);
                }
                throw new WriteFaults.Killed(moment);
            }
        });
        countdown.set(6 + random.nextInt(5)); // past the first checkpoint, so that there is one to resume
        TrainingSnapshot end = runs.start(family, config, SETTINGS, temp, run, Device.cpu(), s -> { }).completion().get();
        for (int kills = 1; end.state() != TrainingState.COMPLETED; kills++) {
            assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.FAILED);
            assertThat(kills).as("the run gets through").isLessThan(12);
            CheckpointStore store = new CheckpointStore(run, SETTINGS.keepCheckpoints());
            store.recover();
            List<Path> saved = store.list();
            assertThat(saved).as("no checkpoint lost after kill " + kills).isNotEmpty();
            dead.set(false);
            countdown.set(kills < 8 ? 1 + random.nextInt(8) : Integer.MAX_VALUE);
            end = resume(saved.get(random.nextInt(saved.size())));
        }
        return end;
    }

    private TrainingSnapshot resume(Path checkpoint) throws Exception {
        return runs.resume(checkpoint, Map.of(family.id(), family), Device.cpu(), s -> { }).completion().get();
    }

    private float[] weightsAt(Path run) throws IOException {
        try (ScriptedModel model = (ScriptedModel) family.create(config, Device.cpu(), 1)) {
            model.load(run.resolve("checkpoints").resolve(CheckpointStore.directoryName(STEPS)));
            return model.weights();
        }
    }

    private static List<String> checkpoints(Path run) {
        return new CheckpointStore(run, 1).list().stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<String> hiddenLeftovers(Path run) throws IOException {
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }
}
