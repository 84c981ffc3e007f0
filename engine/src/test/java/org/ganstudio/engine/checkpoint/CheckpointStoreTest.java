package org.ganstudio.engine.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir
    Path run;

    private static AtomicDirectory.Contents file(String name, String text) {
        return dir -> Files.writeString(dir.resolve(name), text);
    }

    @Test
    void writtenCheckpointsAreListedNewestFirstWithAManifest() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 5);
        store.write(10, file("w.bin", "ten"));
        store.write(20, file("w.bin", "twenty"));
        assertThat(store.list()).extracting(p -> p.getFileName().toString()).containsExactly("step-00000020", "step-00000010");
        Manifest manifest = Json.read(store.latest().resolve(Manifest.FILE_NAME), Manifest.class);
        assertThat(manifest.files()).containsOnlyKeys("w.bin");
        assertThat(manifest.firstProblem(store.latest())).isNull();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousCheckpointIntactAndNoLeftovers() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 5);
        Path good = store.write(10, file("w.bin", "good"));
        assertThatThrownBy(() -> store.write(20, dir -> {
            Files.writeString(dir.resolve("w.bin"), "half");
            throw new IOException("disk full");
        })).isInstanceOf(StudioException.class).hasMessageContaining("disk full");
        assertThat(store.list()).containsExactly(good);
        assertThat(Files.readString(good.resolve("w.bin"))).isEqualTo("good");
        try (Stream<Path> children = Files.list(run.resolve("checkpoints"))) {
            assertThat(children).containsExactly(good);
        }
    }

    @Test
    void aCrashedWriteLeftAsATemporaryFolderIsIgnored() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 5);
        Path good = store.write(10, file("w.bin", "good"));
        Path crashed = Files.createDirectories(run.resolve("checkpoints/.tmp-step-00000020-x"));
        Files.writeString(crashed.resolve("w.bin"), "partial");
        assertThat(store.latest()).isEqualTo(good);
    }

    @Test
    void onlyTheNewestCheckpointsAreKept() {
        CheckpointStore store = new CheckpointStore(run, 2);
        for (int step = 1; step <= 4; step++) {
            store.write(step, file("w.bin", "s" + step));
        }
        assertThat(store.list()).extracting(p -> p.getFileName().toString()).containsExactly("step-00000004", "step-00000003");
    }

    @Test
    void keepingOneLeavesOnlyTheCheckpointJustWritten() {
        CheckpointStore store = new CheckpointStore(run, 1);
        store.write(1, file("w.bin", "one"));
        Path newest = store.write(2, file("w.bin", "two"));
        assertThat(store.list()).containsExactly(newest);
    }

    @Test
    void theCheckpointJustWrittenIsNeverPrunedEvenWhenNewerOnesOfAnEarlierAttemptFillTheKeptPlaces() {
        CheckpointStore store = new CheckpointStore(run, 2);
        for (int step = 10; step <= 30; step += 10) {
            store.write(step, file("w.bin", "first attempt " + step));
        }
        // resumed from step 10 (say, after a divergence at step 31): step 15 is this attempt's newest good one
        Path written = store.write(15, file("w.bin", "second attempt"));
        assertThat(store.list()).extracting(p -> p.getFileName().toString())
                .containsExactly("step-00000030", "step-00000020", "step-00000015");
        assertThat(store.list()).contains(written);
    }

    @Test
    void writingTheSameStepAgainReplacesIt() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 3);
        store.write(5, file("w.bin", "first"));
        Path again = store.write(5, file("w.bin", "second"));
        assertThat(store.list()).containsExactly(again);
        assertThat(Files.readString(again.resolve("w.bin"))).isEqualTo("second");
    }

    @Test
    void theManifestNamesAFileThatWasDamagedTruncatedOrRemoved() throws IOException {
        CheckpointStore store = new CheckpointStore(run, 3);
        Path dir = store.write(1, d -> {
            Files.writeString(d.resolve("a.bin"), "0123456789");
            Files.writeString(d.resolve("b.bin"), "abcdefghij");
        });
        Manifest manifest = Json.read(dir.resolve(Manifest.FILE_NAME), Manifest.class);
        Files.write(dir.resolve("a.bin"), "0123X56789".getBytes(StandardCharsets.UTF_8));
        assertThat(manifest.firstProblem(dir)).contains("a.bin").contains("damaged");
        Files.writeString(dir.resolve("a.bin"), "0123");
        assertThat(manifest.firstProblem(dir)).contains("a.bin").contains("truncated");
        Files.delete(dir.resolve("a.bin"));
        assertThat(manifest.firstProblem(dir)).contains("a.bin").contains("missing");
    }
}
