package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {
    private static final List<String> GOOD = List.of(
            "a_rgb.png", "b_grey.png", "c_grey16.png", "d_palette.gif", "e_alpha.png", "f_image.bmp", "g_photo.jpg");

    @TempDir
    Path dir;

    private final ImageFolder folder = new ImageFolder();

    @Test
    void mixedFolderLoadsExactlyTheGoodImagesAndNamesEachBadOne() {
        writeMixedFolder();

        ImageDataset dataset = folder.load(dir, 16, 3);

        assertThat(dataset.names()).containsExactlyElementsOf(GOOD);
        assertThat(dataset.size()).isEqualTo(7);
        Map<String, String> reasons = dataset.skipped().stream()
                .collect(Collectors.toMap(SkippedFile::name, SkippedFile::reason));
        assertThat(reasons).containsOnlyKeys("bomb.png", "cut.jpg", "cut.png", "empty.png", "notes.txt", "x.png");
        assertThat(reasons.get("bomb.png")).contains("megapixels");
        assertThat(reasons.get("cut.jpg")).contains("truncated");
        assertThat(reasons.get("cut.png")).contains("truncated");
        assertThat(reasons.get("empty.png")).isEqualTo("the file is empty");
        assertThat(reasons.get("notes.txt")).isEqualTo("not an image file");
        assertThat(reasons.get("x.png")).contains("not an image");
        assertThat(dataset.skipped()).extracting(SkippedFile::name).isSorted();
    }

    @Test
    void loadedValuesEqualHandComputedFloats() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x000000);
        image.setRGB(1, 0, 0xFFFFFF);
        image.setRGB(0, 1, 0x800000);
        image.setRGB(1, 1, 0x00FF01);
        TestImages.write(dir, "known.png", image, "png");

        ImageDataset dataset = folder.load(dir, 2, 3);
        float[] values = new float[dataset.valuesPerImage()];
        dataset.copyBatch(new int[] {0}, values);

        float h = 0.0039215686f; // 128 / 127.5 - 1
        float one = -0.99215686f; // 1 / 127.5 - 1
        assertThat(values).containsExactly(new float[] {
            -1, 1, h, -1, // R
            -1, 1, -1, 1, // G
            -1, 1, -1, one // B
        }, within(1e-6f));
    }

    @Test
    void greyDatasetStoresLuminanceAndCopiesBatchesInIndexOrder() {
        TestImages.write(dir, "a.png", TestImages.grey(1, 1, 0), "png");
        TestImages.write(dir, "b.png", TestImages.grey(1, 1, 255), "png");
        TestImages.write(dir, "c.png", TestImages.filled(1, 1, 0xFF0000), "png");

        ImageDataset dataset = folder.load(dir, 1, 1);
        float[] batch = new float[3];
        dataset.copyBatch(new int[] {2, 0, 1}, batch);

        assertThat(dataset.channels()).isEqualTo(1);
        assertThat(dataset.imageSize()).isEqualTo(1);
        assertThat(batch).containsExactly(new float[] {76 / 127.5f - 1, -1, 1}, within(1e-6f));
    }

    @Test
    void imagesAreFittedToTheRequestedSquare() {
        TestImages.write(dir, "wide.png", TestImages.filled(40, 10, 0x336699), "png");

        ImageDataset dataset = folder.load(dir, 8, 3);

        assertThat(dataset.valuesPerImage()).isEqualTo(3 * 8 * 8);
        assertThat(TestImages.rgbPixels(dataset.image(0))).containsOnly(0xFF336699);
    }

    @Test
    void resultIsTheSameInNameOrderWhateverTheThreadCount() {
        for (int i = 11; i >= 0; i--) {
            TestImages.write(dir, String.format("img%02d.png", i), TestImages.noise(5 + i, 7, i), "png");
        }

        ImageDataset one = new ImageFolder(new ImageDecoder(), false, 1).load(dir, 4, 3);
        ImageDataset four = new ImageFolder(new ImageDecoder(), false, 4).load(dir, 4, 3);

        assertThat(one.names()).isSorted().hasSize(12).isEqualTo(four.names());
        int[] all = java.util.stream.IntStream.range(0, 12).toArray();
        float[] a = new float[12 * one.valuesPerImage()];
        float[] b = new float[12 * four.valuesPerImage()];
        one.copyBatch(all, a);
        four.copyBatch(all, b);
        assertThat(a).containsExactly(b);
    }

    @Test
    void extensionsMatchWhateverTheirCase() {
        TestImages.write(dir, "UPPER.PNG", TestImages.filled(2, 2, 0), "png");
        TestImages.write(dir, "photo.JPeG", TestImages.filled(8, 8, 0), "jpeg");

        assertThat(folder.load(dir, 2, 3).names()).containsExactly("UPPER.PNG", "photo.JPeG");
    }

    @Test
    void subFoldersAreSearchedOnlyWhenAskedAndHiddenOnesNever() {
        TestImages.write(dir, "top.png", TestImages.filled(2, 2, 0), "png");
        TestImages.write(dir, "sub/inner.png", TestImages.filled(2, 2, 0), "png");
        TestImages.write(dir, ".cache/hidden.png", TestImages.filled(2, 2, 0), "png");

        assertThat(folder.load(dir, 2, 3).names()).containsExactly("top.png");
        assertThat(new ImageFolder(new ImageDecoder(), true).load(dir, 2, 3).names())
                .containsExactly("sub/inner.png", "top.png");
    }

    @Test
    void emptyFolderIsAClearError() {
        assertThatThrownBy(() -> folder.load(dir, 8, 3))
                .isInstanceOf(StudioException.class)
                .hasMessageContaining("has no PNG, JPEG, BMP, GIF, WebP or TIFF images (it is empty");
    }

    @Test
    void folderOfOtherFilesOnlyIsAClearError() {
        TestImages.write(dir, "readme.txt", "hi".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> folder.load(dir, 8, 3)).hasMessageContaining("it holds 1 other file(s)");
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> folder.load(dir.resolve("nowhere"), 8, 3))
                .isInstanceOf(StudioException.class)
                .hasMessageEndingWith("nowhere does not exist.");
    }

    @Test
    void folderWhereEveryImageIsBadIsAClearErrorNamingTheReasons() {
        TestImages.write(dir, "empty.png", new byte[0]);
        TestImages.write(dir, "x.png", "text".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> folder.load(dir, 8, 3))
                .isInstanceOf(StudioException.class)
                .hasMessageContaining("None of the 2 images")
                .hasMessageContaining("empty.png: the file is empty")
                .hasMessageContaining("x.png: it is not an image");
    }

    @Test
    void progressCountsUpToTheNumberOfImageFiles() {
        writeMixedFolder();
        List<int[]> updates = new ArrayList<>();

        folder.load(dir, 4, 3, (done, total) -> updates.add(new int[] {done, total}), () -> false);

        assertThat(updates).extracting(u -> u[1]).containsOnly(12);
        assertThat(updates).extracting(u -> u[0]).isSorted().startsWith(0).endsWith(12).hasSize(13);
    }

    @Test
    void cancellingStopsTheLoad() {
        writeMixedFolder();
        AtomicBoolean cancelled = new AtomicBoolean();

        assertThatThrownBy(() -> new ImageFolder(new ImageDecoder(), false, 1)
                        .load(dir, 4, 3, (done, total) -> cancelled.set(done >= 2), cancelled::get))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void scanCountsUsableAndSkippedFilesAndPreviewsTheFirstImages() {
        writeMixedFolder();

        DatasetScan scan = folder.scan(dir, 2);

        assertThat(scan.folder()).isEqualTo(dir);
        assertThat(scan.usable()).isEqualTo(7);
        assertThat(scan.skipped()).extracting(SkippedFile::name)
                .containsExactly("bomb.png", "cut.jpg", "cut.png", "empty.png", "notes.txt", "x.png");
        assertThat(scan.preview()).hasSize(2);
        assertThat(scan.preview().get(0).getWidth()).isEqualTo(ImageFolder.PREVIEW_SIZE);
        assertThat(scan.preview().get(1).getRGB(0, 0) & 0xFFFFFF).as("b_grey.png, level 90").isEqualTo(0x5A5A5A);
    }

    @Test
    void scanOfEmptyFolderReportsNothingUsableRatherThanFailing() {
        DatasetScan scan = folder.scan(dir, 4);

        assertThat(scan.usable()).isZero();
        assertThat(scan.preview()).isEmpty();
    }

    @Test
    void scanOfMissingFolderIsAClearError() {
        assertThatThrownBy(() -> folder.scan(dir.resolve("nowhere"), 4)).isInstanceOf(StudioException.class);
    }

    private void writeMixedFolder() {
        TestImages.write(dir, "a_rgb.png", TestImages.noise(20, 12, 1), "png");
        TestImages.write(dir, "b_grey.png", TestImages.grey(2, 2, 90, 90, 90, 90), "png");
        TestImages.write(dir, "c_grey16.png", TestImages.grey16(3, 3, new int[9]), "png");
        TestImages.write(dir, "d_palette.gif", TestImages.palette(8, 8, new int[] {0xFF0000, 0x0000FF}), "gif");
        BufferedImage alpha = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        TestImages.write(dir, "e_alpha.png", alpha, "png");
        TestImages.write(dir, "f_image.bmp", TestImages.noise(6, 6, 2), "bmp");
        TestImages.write(dir, "g_photo.jpg", TestImages.noise(16, 16, 3), "jpeg");
        TestImages.writeTruncated(dir, "cut.png", TestImages.noise(64, 64, 4), "png");
        TestImages.writeTruncated(dir, "cut.jpg", TestImages.noise(64, 64, 5), "jpeg");
        TestImages.write(dir, "x.png", "just text".getBytes(StandardCharsets.UTF_8));
        TestImages.write(dir, "empty.png", new byte[0]);
        TestImages.write(dir, "bomb.png", TestImages.pngHeaderOnly(100_000, 100_000));
        TestImages.write(dir, "notes.txt", "not a picture".getBytes(StandardCharsets.UTF_8));
        TestImages.write(dir, ".hidden.png", "ignored".getBytes(StandardCharsets.UTF_8));
        TestImages.write(dir, "sub/ignored.png", TestImages.noise(4, 4, 6), "png");
    }
}
