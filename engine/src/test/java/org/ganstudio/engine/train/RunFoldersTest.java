package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new run never writes into a used folder, and a resume only into the checkpoint's own run. */
class RunFoldersTest {

    @TempDir
    Path temp;

    private final ScriptedFamily family = new ScriptedFamily();
    private final ScriptedFamily.Config config = new ScriptedFamily.Config(8, -1, -1);
    private final TrainingRuns runs = new TrainingRuns(
            (folder, size, channels, progress, cancelled) -> ArrayTrainingData.darkSquares(6, size), "test");

    private TrainingJob start(Path run) {
        return runs.start(family, config, new RunSettings(4, 2, 1, 2, 100, 5), temp, run, Device.cpu(), s -> { });
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p) + (Files.isRegularFile(p) ? ":" + p.toFile().length() : "")).sorted()
                    .toList();
        }
    }

    @Test
    void aFolderThatHoldsARunIsRefusedBeforeTheJobStartsNamingItsNewestCheckpoint() throws Exception {
        Path run = temp.resolve("run");
        assertThat(start(run).completion().get().state()).isEqualTo(TrainingState.COMPLETED);
        List<String> before = tree(run);
        assertThatThrownBy(() -> start(run)).isInstanceOf(StudioException.class)
                .hasMessage("The folder " + run + " already holds a run (newest checkpoint: step 4). Resume it, or "
                        + "choose a new folder for a new run.");
        assertThat(tree(run)).isEqualTo(before);
    }

    @Test
    void aFolderWithOtherThingsOrAFileIsRefusedAndAnEmptyFolderIsUsed() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(photos.resolve("cat.png"), "not really");
        assertThatThrownBy(() -> start(photos)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is not empty (it holds cat.png)");
        assertThat(tree(photos)).containsExactly("", "cat.png:10");
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> start(file)).hasMessageContaining("notes.txt is a file, not a folder");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(start(empty).completion().get().state()).isEqualTo(TrainingState.COMPLETED);
    }

    @Test
    void aCheckpointRenamedToAnotherStepIsNotResumed() throws Exception {
        Path run = temp.resolve("run");
        start(run).completion().get();
        Path renamed = run.resolve("checkpoints/step-00000009");
        Files.move(run.resolve("checkpoints/step-00000002"), renamed);
        List<String> before = tree(run);
        TrainingSnapshot end = runs.resume(renamed, Map.of(family.id(), family), Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.FAILED);
        assertThat(end.message()).contains("is named step 9 but its state.json says step 2");
        assertThat(tree(run)).isEqualTo(before);
    }

    @Test
    void aRunThatIsTrainingCannotBeResumedAgainBesideItAndItsLockGoesWhenItEnds() throws Exception {
        Path run = temp.resolve("run");
        assertThat(start(run).completion().get().state()).isEqualTo(TrainingState.COMPLETED);
        assertThat(run.resolve(RunLock.FILE)).as("the lock goes when the run ends").doesNotExist();
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        family.afterStep = step -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Path checkpoint = run.resolve("checkpoints/step-00000002");
        TrainingJob first = runs.resume(checkpoint, java.util.Map.of(family.id(), family), Device.cpu(), s -> { });
        assertThat(holding.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        family.afterStep = step -> { };
        var second = runs.resume(checkpoint, java.util.Map.of(family.id(), family), Device.cpu(), s -> { }).completion().get();
        assertThat(second.state()).isEqualTo(TrainingState.FAILED);
        assertThat(second.message()).contains("is already training");
        release.countDown();
        assertThat(first.completion().get().state()).isEqualTo(TrainingState.COMPLETED);
        assertThat(run.resolve(RunLock.FILE)).doesNotExist();
    }
}
