package org.ganstudio.engine.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.core.DefaultStudioEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bookmark file: a round trip, an atomic replace, and a plain refusal of every kind of damage. */
class BookmarkFileTest {

    @TempDir
    Path temp;

    private final List<LatentBookmark> bookmarks = List.of(
            new LatentBookmark("smile", "dcgan-faces-64", new float[] {0.5f, -1.25f, 3e-8f, Float.MAX_VALUE}),
            new LatentBookmark("run \"2\" step", "faces/step-00000500", new float[] {-0f, 1f / 3}));

    @Test
    void bookmarksComeBackExactlyAsWritten() {
        Path file = temp.resolve("sub/bookmarks.json");
        BookmarkFile.write(file, bookmarks);
        List<LatentBookmark> read = BookmarkFile.read(file);
        assertThat(read).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(read.get(i).name()).isEqualTo(bookmarks.get(i).name());
            assertThat(read.get(i).modelId()).isEqualTo(bookmarks.get(i).modelId());
            assertThat(read.get(i).latent()).containsExactly(bookmarks.get(i).latent());
        }
        BookmarkFile.write(file, List.of());
        assertThat(BookmarkFile.read(file)).isEmpty();
    }

    @Test
    void theFileSaysItsFormatAndVersion() throws IOException {
        Path file = temp.resolve("b.json");
        BookmarkFile.write(file, bookmarks.subList(0, 1));
        String text = Files.readString(file);
        assertThat(text).contains("\"format\" : \"gan-studio-bookmarks\"", "\"version\" : 1", "\"model\" : \"dcgan-faces-64\"");
    }

    @Test
    void aWriteReplacesTheOldFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = temp.resolve("b.json");
        BookmarkFile.write(file, bookmarks);
        BookmarkFile.write(file, bookmarks.subList(1, 2));
        assertThat(BookmarkFile.read(file)).extracting(LatentBookmark::name).containsExactly("run \"2\" step");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileWhole() throws IOException {
        Path file = temp.resolve("b.json");
        BookmarkFile.write(file, bookmarks);
        byte[] before = Files.readAllBytes(file);
        List<LatentBookmark> bad = List.of(new LatentBookmark("nan", "m", new float[] {Float.NaN}));
        assertThatThrownBy(() -> BookmarkFile.write(file, bad)).isInstanceOf(StudioException.class)
                .hasMessageContaining("not a number");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theEngineReadsAndWritesThroughIt() {
        Path file = temp.resolve("b.json");
        try (DefaultStudioEngine engine = new DefaultStudioEngine("test")) {
            engine.writeBookmarks(file, bookmarks);
            assertThat(engine.readBookmarks(file)).hasSize(2);
        }
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        assertThatThrownBy(() -> BookmarkFile.read(temp.resolve("none.json"))).isInstanceOf(StudioException.class)
                .hasMessageContaining("There is no bookmark file");
    }

    @Test
    void aDamagedFileIsRefused() throws IOException {
        Path file = temp.resolve("b.json");
        BookmarkFile.write(file, bookmarks);
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> BookmarkFile.read(file)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is not valid JSON");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> BookmarkFile.read(file)).isInstanceOf(StudioException.class);
    }

    @Test
    void anotherKindOfFileOrANewerVersionIsRefused() {
        assertRefused("{\"format\":\"something-else\",\"version\":1,\"bookmarks\":[]}", "not a GAN Studio bookmark file");
        assertRefused("[1, 2]", "not a GAN Studio bookmark file");
        assertRefused("{\"version\":1,\"bookmarks\":[]}", "not a GAN Studio bookmark file");
        assertRefused("{\"format\":\"gan-studio-bookmarks\",\"version\":2,\"bookmarks\":[]}", "newer GAN Studio");
        assertRefused("{\"format\":\"gan-studio-bookmarks\",\"version\":\"1\",\"bookmarks\":[]}", "\"version\"");
        assertRefused("{\"format\":\"gan-studio-bookmarks\",\"version\":1}", "no \"bookmarks\" list");
    }

    @Test
    void missingValuesAreNamed() {
        assertRefused(entry("\"model\":\"m\",\"latent\":[1]"), "bookmark 1 has no \"name\"");
        assertRefused(entry("\"name\":\"a\",\"latent\":[1]"), "bookmark 1 has no \"model\"");
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\""), "has no \"latent\"");
        assertRefused(entry("\"name\":\" \",\"model\":\"m\",\"latent\":[1]"), "\"name\" that is not a non-empty text");
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\",\"latent\":[]"), "not a list of numbers");
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\",\"latent\":[1, null]"), "latent value 2 that is not a number");
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\",\"latent\":[1, \"2\"]"), "latent value 2 that is not a number");
    }

    @Test
    void numbersThatAreNotFiniteAreRefused() {
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\",\"latent\":[1e999]"), "too large");
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\",\"latent\":[0, 1e39]"), "latent value 2 that is too large");
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\",\"latent\":[NaN]"), "not valid JSON");
    }

    @Test
    void unknownPropertiesAreRefused() {
        assertRefused("{\"format\":\"gan-studio-bookmarks\",\"version\":1,\"bookmarks\":[],\"extra\":1}",
                "property \"extra\" that this version of GAN Studio does not know");
        assertRefused(entry("\"name\":\"a\",\"model\":\"m\",\"latent\":[1],\"colour\":\"red\""),
                "bookmark 1 has a property \"colour\"");
    }

    private static String entry(String fields) {
        return "{\"format\":\"gan-studio-bookmarks\",\"version\":1,\"bookmarks\":[{" + fields + "}]}";
    }

    private void assertRefused(String json, String expected) {
        Path file = temp.resolve("refused.json");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThatThrownBy(() -> BookmarkFile.read(file)).as(json).isInstanceOf(StudioException.class)
                .hasMessageContaining(expected);
    }
}
