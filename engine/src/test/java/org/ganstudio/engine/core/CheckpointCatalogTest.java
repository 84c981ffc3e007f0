package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing checkpoints while a run deletes files beside them (its lock as it ends, pruned checkpoints). */
class CheckpointCatalogTest {

    @TempDir
    Path temp;

    @Test
    void filesVanishingDuringTheListingNeverHideTheCheckpoints() throws Exception {
        TrainingRuns runs = new TrainingRuns((f, size, channels, p, c) -> ArrayTrainingData.darkSquares(4, size), "test");
        var end = runs.start(new DcganFamily(), new DcganConfig(28, 1, 4, 4, 4, 2e-4, 0.5), new RunSettings(2, 2, 1, 1, 1, 2),
                temp, temp.resolve("run"), Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.COMPLETED);
        assertThat(CheckpointCatalog.list(temp)).hasSize(2);

        // another thread keeps creating and deleting files and folders in every folder the listing walks
        AtomicBoolean stop = new AtomicBoolean();
        Path[] places = {temp, temp.resolve("run"), temp.resolve("run/checkpoints"),
                temp.resolve("run/checkpoints/step-00000001")};
        Thread churn = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                for (Path place : places) {
                    Path file = place.resolve(".churn-" + (i % 50));
                    Path folder = place.resolve("churn-folder-" + (i % 50));
                    try {
                        Files.deleteIfExists(file);
                        Files.createFile(file);
                        Files.createDirectories(folder.resolve("inner"));
                        Files.delete(folder.resolve("inner"));
                        Files.delete(folder);
                        Files.delete(file);
                    } catch (Exception ignored) {
                        // the listing may be looking: try again on the next round
                    }
                }
            }
        });
        churn.start();
        try {
            for (int i = 0; i < 300; i++) {
                assertThat(CheckpointCatalog.list(temp)).as("listing %d", i).hasSize(2);
            }
        } finally {
            stop.set(true);
            churn.join();
        }
    }
}
