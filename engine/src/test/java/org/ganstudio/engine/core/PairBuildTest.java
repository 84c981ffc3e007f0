package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairBuildListener;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.PairInputKind;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StudioEngine#buildPairs} and its preview helpers, on tiny photos written at test time. */
class PairBuildTest {
    @TempDir
    Path temp;

    private final StudioEngine engine = new DefaultStudioEngine("test");

    @AfterEach
    void close() {
        engine.close();
    }

    /** A grey square with a dark disc: a photo with clear edges. */
    private static BufferedImage disc(int size, int shade) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(220, 220, 220));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(shade, 40, 40));
        g.fillOval(size / 4, size / 4, size / 2, size / 2);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Path photos(int n) throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < n; i++) {
            Files.write(photos.resolve(String.format("shoe%02d.png", i)), png(disc(48, 20 + 10 * i)));
        }
        return photos;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void buildsEdgePairsAndSkipsABrokenPhotoWithItsReason() throws IOException {
        Path photos = photos(4);
        byte[] whole = png(disc(48, 0));
        Files.write(photos.resolve("broken.png"), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(photos.resolve("notes.txt"), "shoes");
        Path out = temp.resolve("photos-pairs");
        List<String> progress = new ArrayList<>();

        PairBuildSummary summary = engine.buildPairs(
                PairBuildRequest.edges(photos, out, 16, EdgeSettings.canny()).withValidationFraction(0.25),
                (done, total, file) -> progress.add(done + "/" + total), () -> false);

        assertThat(summary.written()).isEqualTo(4);
        assertThat(summary.alreadyThere()).isZero();
        assertThat(summary.cancelled()).isFalse();
        assertThat(summary.trainPairs() + summary.validationPairs()).isEqualTo(4);
        assertThat(summary.skipped()).extracting(SkippedFile::name).containsExactly("broken.png", "notes.txt");
        assertThat(summary.skipped().get(0).reason()).contains("truncated");
        assertThat(progress).hasSize(5).last().isEqualTo("5/5");
        List<Path> written = files(out);
        assertThat(written).hasSize(4);
        assertThat(org.ganstudio.engine.checkpoint.Json.read(out.resolve("edges.json"), EdgeSettings.class))
                .as("the dataset records how its inputs were made").isEqualTo(EdgeSettings.canny());
        BufferedImage pair = ImageIO.read(written.get(0).toFile());
        assertThat(pair.getWidth()).isEqualTo(32);
        assertThat(pair.getHeight()).isEqualTo(16);
        assertThat(inkPixels(pair.getSubimage(0, 0, 16, 16))).as("the left half is the photo's edges")
                .isBetween(1, 16 * 16 / 2);
    }

    private static int inkPixels(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                assertThat(rgb).as("edges are black or white").isIn(0x000000, 0xFFFFFF);
                ink += rgb == 0 ? 1 : 0;
            }
        }
        return ink;
    }

    @Test
    void aCancelledBuildKeepsWhatItWroteAndRunningItAgainFinishesTheRest() throws IOException {
        Path photos = photos(6);
        Path out = temp.resolve("out");
        PairBuildRequest request = PairBuildRequest.edges(photos, out, 16, EdgeSettings.xdog());
        AtomicBoolean cancel = new AtomicBoolean();
        PairBuildListener cancelAfterTwo = (done, total, file) -> cancel.set(done == 2);

        PairBuildSummary first = engine.buildPairs(request, cancelAfterTwo, cancel::get);

        assertThat(first.cancelled()).isTrue();
        assertThat(first.written()).isEqualTo(2);
        assertThat(files(out)).hasSize(2);

        PairBuildSummary second = engine.buildPairs(request, PairBuildListener.NONE, () -> false);

        assertThat(second.cancelled()).isFalse();
        assertThat(second.written()).isEqualTo(4);
        assertThat(second.alreadyThere()).isEqualTo(2);
        assertThat(second.pairs()).isEqualTo(6);
        assertThat(files(out)).hasSize(6);
    }

    @Test
    void greyPairsPutTheGreyPhotoOnTheLeft() throws IOException {
        Path photos = photos(2);
        Path out = temp.resolve("grey");
        PairBuildSummary summary = engine.buildPairs(PairBuildRequest.grey(photos, out, 8).withValidationFraction(0),
                PairBuildListener.NONE, () -> false);

        assertThat(summary.written()).isEqualTo(2);
        assertThat(summary.trainPairs()).isEqualTo(2);
        BufferedImage pair = ImageIO.read(out.resolve("train/shoe00.png").toFile());
        int left = pair.getRGB(4, 4);
        assertThat(left >> 16 & 0xFF).isEqualTo(left & 0xFF).isEqualTo(left >> 8 & 0xFF);
        int right = pair.getRGB(12, 4);
        assertThat(right >> 16 & 0xFF).as("the photo keeps its colour").isNotEqualTo(right & 0xFF);
    }

    @Test
    void aMissingPhotoFolderIsExplained() {
        Path missing = temp.resolve("nowhere");
        assertThatThrownBy(() -> engine.buildPairs(PairBuildRequest.grey(missing, temp.resolve("out"), 8),
                PairBuildListener.NONE, () -> false))
                .isInstanceOf(StudioException.class).hasMessageContaining("does not exist");
    }

    @Test
    void thePreviewHelpersShowWhatTheBuildWrites() throws IOException {
        Path photos = photos(1);
        Path out = temp.resolve("out");
        engine.buildPairs(PairBuildRequest.edges(photos, out, 16, EdgeSettings.canny()).withValidationFraction(0),
                PairBuildListener.NONE, () -> false);
        BufferedImage built = ImageIO.read(out.resolve("train/shoe00.png").toFile());

        BufferedImage fitted = engine.fitPhoto(photos.resolve("shoe00.png"), 16);
        BufferedImage edges = engine.pairInput(fitted, PairInputKind.EDGES, EdgeSettings.canny());

        assertThat(fitted.getWidth()).isEqualTo(16);
        assertThat(fitted.getHeight()).isEqualTo(16);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertThat(edges.getRGB(x, y)).as("edge pixel %d,%d", x, y).isEqualTo(built.getRGB(x, y));
                assertThat(fitted.getRGB(x, y)).as("photo pixel %d,%d", x, y).isEqualTo(built.getRGB(16 + x, y));
            }
        }
    }

    @Test
    void fittingABrokenPhotoGivesTheReason() throws IOException {
        Path photos = photos(1);
        byte[] whole = png(disc(48, 0));
        Path broken = Files.write(photos.resolve("broken.png"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> engine.fitPhoto(broken, 16)).isInstanceOf(StudioException.class)
                .hasMessageContaining("truncated");
    }
}
