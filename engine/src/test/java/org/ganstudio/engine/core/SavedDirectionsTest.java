package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.Manifest;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.latent.DirectionFile;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.ModelExport;
import org.ganstudio.engine.train.ModelFolderUpdate;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * directions.json in a model folder: added through the manifest, opened with the generator, carried by export,
 * and refused like a weight file when it is tampered with, added behind the manifest's back or made for another
 * latent size.
 */
class SavedDirectionsTest {

    @TempDir
    Path temp;

    private Path checkpoint;
    private final DefaultStudioEngine engine = new DefaultStudioEngine("test");

    @BeforeEach
    void trainTwoSteps() throws Exception {
        TrainingRuns runs = new TrainingRuns((f, size, channels, p, c) -> ArrayTrainingData.darkSquares(4, size), "test");
        var end = runs.start(new DcganFamily(), new DcganConfig(28, 1, 4, 4, 4, 2e-4, 0.5), new RunSettings(2, 2, 1, 10, 10, 2),
                temp, temp.resolve("run"), Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.COMPLETED);
        checkpoint = temp.resolve("run/checkpoints/step-00000002");
    }

    private static byte[] directions(int latentSize) {
        float[] smile = new float[latentSize];
        smile[1] = 1;
        return DirectionFile.bytes(new DirectionFile.Contents("faces", 100, 3, 2.0, List.of(new DirectionFile.Entry(
                new LatentDirection("smile", LatentDirection.Kind.ATTRIBUTE, smile, 0.9), 30, 40, 0.8, 0.2, 0.7))),
                latentSize);
    }

    @Test
    void aModelWithoutTheFileHasNoSavedDirections() {
        try (ImageGenerator generator = engine.openGenerator(checkpoint)) {
            assertThat(generator.savedDirections()).isEmpty();
        }
    }

    @Test
    void addedDirectionsAreListedInTheManifestOpenWithTheModelAndTravelWithAnExport() throws Exception {
        Manifest before = Manifest.read(checkpoint.resolve(Manifest.FILE_NAME));

        ModelFolderUpdate.putFile(checkpoint, DirectionFile.FILE_NAME, directions(4));

        Manifest after = Manifest.read(checkpoint.resolve(Manifest.FILE_NAME));
        assertThat(after.files()).containsAllEntriesOf(before.files()).containsKey(DirectionFile.FILE_NAME)
                .hasSize(before.files().size() + 1);
        assertThat(after.files().get(DirectionFile.FILE_NAME).bytes()).isEqualTo(directions(4).length);
        assertThat(after.firstProblem(checkpoint)).isNull();
        try (Stream<Path> leftovers = Files.list(checkpoint.getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("step-00000002");
        }
        try (ImageGenerator generator = engine.openGenerator(checkpoint)) {
            assertThat(generator.savedDirections()).singleElement().satisfies(d -> {
                assertThat(d.name()).isEqualTo("smile");
                assertThat(d.kind()).isEqualTo(LatentDirection.Kind.ATTRIBUTE);
                assertThat(d.vector()).containsExactly(0, 1, 0, 0);
                assertThat(d.spread()).isEqualTo(0.9);
            });
        }
        // written again: replaced, still covered
        ModelFolderUpdate.putFile(checkpoint, DirectionFile.FILE_NAME, directions(4));
        assertThat(Manifest.read(checkpoint.resolve(Manifest.FILE_NAME)).firstProblem(checkpoint)).isNull();

        Path exported = ModelExport.export(checkpoint, temp.resolve("faces-model"), Families.all());
        try (ImageGenerator generator = engine.openGenerator(exported)) {
            assertThat(generator.savedDirections()).extracting(LatentDirection::name).containsExactly("smile");
        }
    }

    @Test
    void aTamperedDirectionsFileIsRefusedLikeTamperedWeights() throws Exception {
        ModelFolderUpdate.putFile(checkpoint, DirectionFile.FILE_NAME, directions(4));
        Path file = checkpoint.resolve(DirectionFile.FILE_NAME);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"spread\" : 0.9", "\"spread\" : 0.8")); // same length, other bytes

        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).isInstanceOf(StudioException.class)
                .hasMessageContaining("directions.json is damaged");
    }

    @Test
    void aDirectionsFileAddedBehindTheManifestsBackIsRefused() throws Exception {
        Files.write(checkpoint.resolve(DirectionFile.FILE_NAME), directions(4));

        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).isInstanceOf(StudioException.class)
                .hasMessageContaining("directions.json is not listed in its manifest");
    }

    @Test
    void directionsForAnotherLatentSizeMakeTheModelRefused() {
        ModelFolderUpdate.putFile(checkpoint, DirectionFile.FILE_NAME, directions(8));

        assertThatThrownBy(() -> engine.openGenerator(checkpoint)).isInstanceOf(StudioException.class)
                .hasMessageContaining("written for latents of 8 values; this model's have 4");
    }

    @Test
    void aDamagedModelIsNotSignedAgain() throws Exception {
        try (RandomAccessFile weights = new RandomAccessFile(checkpoint.resolve("generator.params").toFile(), "rw")) {
            weights.seek(weights.length() / 2);
            int b = weights.read();
            weights.seek(weights.length() / 2);
            weights.write(b ^ 0xFF);
        }

        assertThatThrownBy(() -> ModelFolderUpdate.putFile(checkpoint, DirectionFile.FILE_NAME, directions(4)))
                .isInstanceOf(StudioException.class).hasMessageContaining("generator.params is damaged");
        assertThat(checkpoint.resolve(DirectionFile.FILE_NAME)).doesNotExist();
    }
}
