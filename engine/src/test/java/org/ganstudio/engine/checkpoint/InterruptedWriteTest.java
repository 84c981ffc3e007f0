package org.ganstudio.engine.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kill at any moment of a checkpoint write or prune loses no checkpoint: {@link CheckpointStore#recover} puts it back. */
class InterruptedWriteTest {

    @TempDir
    Path run;

    @AfterEach
    void noMoreKills() {
        WriteFaults.clear();
    }

    private static AtomicDirectory.Contents file(String text) {
        return dir -> Files.writeString(dir.resolve("w.bin"), text);
    }

    private static void killAt(String moment) {
        WriteFaults.set(m -> {
            if (m.equals(moment)) {
                throw new WriteFaults.Killed(m);
            }
        });
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void aKillBetweenTheTwoRenamesLeavesTheStepOnlyUnderHiddenNamesAndRecoveryPutsTheNewOneBack() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 5);
        store.write(5, file("first"));
        killAt(WriteFaults.BETWEEN_RENAMES);
        assertThatThrownBy(() -> store.write(5, file("second"))).isInstanceOf(WriteFaults.Killed.class);
        WriteFaults.clear();
        assertThat(store.list()).as("the step is gone from view until recovered").isEmpty();

        assertThat(store.recover()).containsExactly(run.resolve("checkpoints/step-00000005"));
        assertThat(Files.readString(store.latest().resolve("w.bin"))).isEqualTo("second");
        assertThat(Json.read(store.latest().resolve(Manifest.FILE_NAME), Manifest.class).firstProblem(store.latest())).isNull();
        store.removeLeftovers();
        assertThat(hidden()).isEmpty();
    }

    @Test
    void whenTheNewCopyIsIncompleteTheOldOneIsPutBack() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 5);
        store.write(5, file("first"));
        killAt(WriteFaults.BETWEEN_RENAMES);
        assertThatThrownBy(() -> store.write(5, file("second"))).isInstanceOf(WriteFaults.Killed.class);
        WriteFaults.clear();
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            Path temporary = children.filter(p -> p.getFileName().toString().startsWith(".tmp-")).findFirst().orElseThrow();
            Files.writeString(temporary.resolve("w.bin"), "sec"); // as if its flush had not reached the disk
        }
        store.recover();
        assertThat(Files.readString(store.latest().resolve("w.bin"))).isEqualTo("first");
    }

    @Test
    void aKillAtAnyMomentOfAReplacementLeavesTheOldOrTheNewCheckpointAfterRecovery() throws IOException {
        for (String moment : WriteFaults.MOMENTS) {
            Path folder = run.resolve(moment.replace(' ', '-'));
            CheckpointStore store = new CheckpointStore(folder, 5);
            store.write(7, file("old"));
            killAt(moment);
            assertThatThrownBy(() -> store.write(7, file("new"))).as(moment).isInstanceOf(WriteFaults.Killed.class);
            WriteFaults.clear();
            store.recover();
            store.removeLeftovers();
            assertThat(store.list()).as(moment).hasSize(1);
            assertThat(Files.readString(store.latest().resolve("w.bin"))).as(moment).isIn("old", "new");
            try (Stream<Path> children = Files.list(folder.resolve("checkpoints"))) {
                assertThat(children).as(moment).containsExactly(store.latest());
            }
        }
    }

    @Test
    void aCheckpointKilledWhilePrunedIsNeverBroughtBack() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 1);
        store.write(1, file("one"));
        Path pruned = Files.createDirectories(run.resolve("checkpoints/.del-step-00000001-x"));
        Files.move(store.latest().resolve("w.bin"), pruned.resolve("w.bin"));
        Files.move(store.latest().resolve(Manifest.FILE_NAME), pruned.resolve(Manifest.FILE_NAME));
        Files.delete(run.resolve("checkpoints/step-00000001"));
        assertThat(store.recover()).isEmpty();
        store.removeLeftovers();
        assertThat(hidden()).isEmpty();
    }

    @Test
    void aListingLeavesFreshLeftoversToTheWriterAndRecoversSettledOnes() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 5);
        store.write(3, file("three"));
        killAt(WriteFaults.BETWEEN_RENAMES);
        assertThatThrownBy(() -> store.write(3, file("again"))).isInstanceOf(WriteFaults.Killed.class);
        WriteFaults.clear();
        assertThat(store.recover(Duration.ofMinutes(1))).as("a writer may be between its renames").isEmpty();
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            for (Path p : children.toList()) {
                Files.setLastModifiedTime(p.resolve(Manifest.FILE_NAME), FileTime.from(Instant.now().minusSeconds(300)));
            }
        }
        assertThat(store.recover(Duration.ofMinutes(1))).hasSize(1);
    }
}
