package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.checkpoint.Manifest;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints that lie: their manifest agrees with their files (it was recomputed after the change), or it
 * points outside the folder, or the checkpoint sits where it does not belong. Each is refused with a sentence
 * that says what is wrong, nothing outside the checkpoint is read, nothing in it changes, and a refused resume
 * writes nothing.
 */
class LyingCheckpointTest {

    @TempDir
    Path temp;

    private Path run;
    private Path checkpoint;
    private final DefaultStudioEngine engine = new DefaultStudioEngine("test");

    @BeforeEach
    void trainTwoSteps() throws Exception {
        TrainingRuns runs = new TrainingRuns((f, size, channels, p, c) -> ArrayTrainingData.darkSquares(4, size), "test");
        run = temp.resolve("run");
        var end = runs.start(new DcganFamily(), new DcganConfig(28, 1, 4, 4, 4, 2e-4, 0.5),
                new RunSettings(2, 2, 1, 10, 10, 2), temp, run, Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        checkpoint = run.resolve("checkpoints/step-00000002");
    }

    @Test
    void aManifestThatListsNoFilesIsRefused() throws Exception {
        Files.writeString(manifest(), "{\"format\":\"" + Manifest.FORMAT + "\",\"files\":{}}");
        refusedEverywhere("lists no files");
        Files.writeString(manifest(), "{\"format\":\"" + Manifest.FORMAT + "\",\"files\":null}");
        refusedEverywhere("lists no files");
    }

    @Test
    void aManifestKeyWithAnAbsolutePathIsRefusedBeforeTheFileIsRead() throws Exception {
        Path secret = secretOutside();
        Manifest.Entry entry = entryOf(secret);
        editManifest(files -> files.putPOJO(secret.toAbsolutePath().toString(), entry));
        String message = refusedEverywhere("outside", secret.toAbsolutePath().toString());
        String withoutPaths = message.replace(secret.toAbsolutePath().toString(), "").replace(checkpoint.toString(), "");
        assertThat(withoutPaths).as("the message tells nothing about the file").doesNotContain(Long.toString(Files.size(secret)));
    }

    @Test
    void aManifestKeyThatClimbsOutOfTheFolderIsRefused() throws Exception {
        Manifest.Entry entry = entryOf(secretOutside());
        editManifest(files -> files.putPOJO("../../../secret.bin", entry));
        refusedEverywhere("outside", "../../../secret.bin");
        editManifest(files -> {
            files.remove("../../../secret.bin");
            files.putPOJO("examples\\..\\..\\secret.bin", entry);
        });
        refusedEverywhere("examples\\..\\..\\secret.bin");
    }

    @Test
    void aManifestThatLeavesOutConfigOrWeightsIsRefused() throws Exception {
        editManifest(files -> files.remove("config.json"));
        refusedEverywhere("config.json", "not listed");
        Manifest.Entry config = entryOf(checkpoint.resolve("config.json"));
        editManifest(files -> files.putPOJO("config.json", config));
        editManifest(files -> files.remove("generator.params"));
        refusedEverywhere("generator.params", "not listed");
    }

    @Test
    void aFileThatTheManifestDoesNotListIsRefused() throws Exception {
        Files.writeString(checkpoint.resolve("generator.params.bak"), "slipped in later");
        refusedEverywhere("generator.params.bak", "not listed");
    }

    @Test
    void aConfigWithoutARequiredPropertyNamesItAndTheFile() throws Exception {
        editConfig(config -> ((ObjectNode) config.get("model")).remove("imageSize"));
        refusedEverywhere("config.json", "imageSize");
        editConfig(config -> ((ObjectNode) config.get("model")).put("imageSize", 28));
        editConfig(config -> config.remove("run"));
        refusedEverywhere("config.json", "run");
    }

    @Test
    void aConfigWithAPropertyThisVersionDoesNotKnowNamesItAndTheFile() throws Exception {
        editConfig(config -> config.put("colour", "red"));
        refusedEverywhere("config.json", "colour");
        editConfig(config -> config.remove("colour"));
        editConfig(config -> ((ObjectNode) config.get("model")).put("dropout", 0.5));
        refusedEverywhere("config.json", "dropout");
    }

    @Test
    void weightsThatDoNotFitTheirConfigAreRefusedBeforeAnythingRuns() throws Exception {
        editConfig(config -> ((ObjectNode) config.get("model")).put("channels", 3));
        refusedEverywhere("do not fit its config.json");
    }

    @Test
    void aNegativeStepInStateJsonIsRefused() throws Exception {
        ObjectNode state = (ObjectNode) Json.mapper().readTree(checkpoint.resolve("state.json").toFile());
        state.put("step", -5);
        Json.write(checkpoint.resolve("state.json"), state);
        relist();
        refusedEverywhere("state.json", "step");
    }

    @Test
    void aConfigOfANewerSchemaIsRefusedAsWrittenByANewerStudio() throws Exception {
        editConfig(config -> config.put("schema", 99));
        refusedEverywhere("newer GAN Studio");
    }

    @Test
    void aCheckpointInTheRunOfAnotherFamilyIsNotResumed() throws Exception {
        ObjectNode runConfig = (ObjectNode) Json.mapper().readTree(run.resolve("config.json").toFile());
        runConfig.put("family", "PIX2PIX");
        Json.write(run.resolve("config.json"), runConfig);
        Map<String, String> before = tree(temp);
        assertThat(resumeFailure(checkpoint)).contains("does not belong to the run");
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void aCheckpointCopiedOutOfItsRunIsNotResumedAndNothingIsWrittenNextToIt() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("elsewhere/models")).resolve("step-00000002");
        copyTree(checkpoint, copy);
        Map<String, String> before = tree(temp);
        assertThat(resumeFailure(copy)).contains("is not inside a run", "checkpoints");
        assertThat(tree(temp)).isEqualTo(before);
        assertThat(temp.resolve("elsewhere/checkpoints")).doesNotExist();
    }

    /**
     * Opening for samples and resuming both refuse the checkpoint with a message holding {@code fragments}; no
     * file anywhere under the test folder changes.
     */
    private String refusedEverywhere(String... fragments) throws Exception {
        Map<String, String> before = tree(temp);
        Throwable opened = org.assertj.core.api.Assertions.catchThrowable(() -> engine.openGenerator(checkpoint).close());
        assertThat(opened).isInstanceOf(StudioException.class);
        assertThat(opened.getMessage()).contains(fragments);
        assertPlain(opened.getMessage());
        String resumed = resumeFailure(checkpoint);
        assertThat(resumed).contains(fragments);
        assertPlain(resumed);
        assertThat(tree(temp)).as("nothing changed, nothing written").isEqualTo(before);
        return opened.getMessage();
    }

    private String resumeFailure(Path from) throws Exception {
        try {
            TrainingSnapshot end = engine.resumeTraining(from, s -> { }).completion().get();
            assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.FAILED);
            return end.message();
        } catch (StudioException e) {
            return e.getMessage();
        }
    }

    private static void assertPlain(String message) {
        assertThat(message).doesNotContain("Exception", "com.fasterxml", "out of bounds", "Index ", "class ",
                "(through reference chain");
    }

    private Path manifest() {
        return checkpoint.resolve(Manifest.FILE_NAME);
    }

    private Path secretOutside() throws IOException {
        return Files.writeString(temp.resolve("secret.bin"), "root:x:0:0:the password file of someone else");
    }

    private static Manifest.Entry entryOf(Path file) throws IOException {
        Path single = Files.createTempDirectory("one-file");
        try {
            Files.copy(file, single.resolve("f"));
            return Manifest.of(single).files().get("f");
        } finally {
            Files.delete(single.resolve("f"));
            Files.delete(single);
        }
    }

    private void editManifest(Consumer<ObjectNode> files) throws IOException {
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(manifest().toFile());
        files.accept((ObjectNode) manifest.get("files"));
        Json.write(manifest(), manifest);
    }

    /** Edits config.json and recomputes the manifest, so that the checksums agree with the lie. */
    private void editConfig(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode config = (ObjectNode) Json.mapper().readTree(checkpoint.resolve("config.json").toFile());
        edit.accept(config);
        Json.write(checkpoint.resolve("config.json"), config);
        relist();
    }

    private void relist() throws IOException {
        Json.write(manifest(), Manifest.of(checkpoint));
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                files.put(root.relativize(p).toString(), Files.isRegularFile(p)
                        ? Files.size(p) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(p)) : "dir");
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
