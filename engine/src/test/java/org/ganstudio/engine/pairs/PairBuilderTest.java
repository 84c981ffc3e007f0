package org.ganstudio.engine.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ganstudio.engine.pairs.PairImages.filled;
import static org.ganstudio.engine.pairs.PairImages.write;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.ganstudio.engine.api.SkippedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairBuilderTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L); // 2000-01-01

    @TempDir
    Path temp;

    private Path photos(int n) {
        Path photos = temp.resolve("photos");
        for (int i = 0; i < n; i++) {
            write(photos, String.format("p%02d.png", i), filled(40 + i, 30, 0x204080 + i * 0x010000));
        }
        return photos;
    }

    @Test
    void writesTheGreyInputBesideTheFittedPhoto() {
        Path photos = temp.resolve("photos");
        BufferedImage photo = filled(28, 28, 0xC81E3C); // a small MNIST-sized photo, enlarged to 64
        write(photos, "small.png", photo);
        PairSummary summary = new PairBuilder(PairOptions.defaults().withSide(64).withValidationFraction(0),
                PairInputs.greyscale()).build(photos, temp.resolve("out"), PairProgress.NONE, () -> false);

        assertThat(summary.written()).isEqualTo(1);
        assertThat(summary.trainPairs()).isEqualTo(1);
        BufferedImage pair = PairImages.read(temp.resolve("out/train/small.png"));
        assertThat(pair.getWidth()).isEqualTo(128);
        assertThat(pair.getHeight()).isEqualTo(64);
        int grey = (int) Math.round(0.299 * 0xC8 + 0.587 * 0x1E + 0.114 * 0x3C);
        assertThat(PairImages.rgb(pair, 10, 50)).isEqualTo(grey << 16 | grey << 8 | grey);
        assertThat(PairImages.rgb(pair, 64, 0)).isEqualTo(0xC81E3C);
        assertThat(PairImages.rgb(pair, 127, 63)).isEqualTo(0xC81E3C);
    }

    @Test
    void aWrittenPairHasTheSamePermissionsAsAnyNewFileThere() throws IOException {
        Path out = temp.resolve("out");
        new PairBuilder(PairOptions.defaults().withSide(16).withValidationFraction(0), PairInputs.greyscale())
                .build(photos(1), out, PairProgress.NONE, () -> false);
        Path plain = Files.createFile(out.resolve("train/plain.txt"));

        assertThat(Files.getPosixFilePermissions(out.resolve("train/p00.png")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void theInputIsMadeFromTheFittedPhoto() {
        Path photos = temp.resolve("photos");
        write(photos, "wide.png", filled(90, 30, 0x336699));
        List<String> seen = new ArrayList<>();
        new PairBuilder(PairOptions.defaults().withSide(16), image -> {
            seen.add(image.getWidth() + "x" + image.getHeight());
            return image;
        }).build(photos, temp.resolve("out"), PairProgress.NONE, () -> false);
        assertThat(seen).containsExactly("16x16");
    }

    @Test
    void cancellingMidwayLeavesOnlyCompleteFilesAndARerunFinishesTheRest() throws IOException {
        Path photos = photos(6);
        Path out = temp.resolve("out");
        PairOptions options = PairOptions.defaults().withSide(16).withValidationFraction(0.3);
        AtomicBoolean cancel = new AtomicBoolean();
        PairSummary first = new PairBuilder(options, PairInputs.greyscale()).build(photos, out,
                (done, total, file) -> cancel.set(done == 2), cancel::get);

        assertThat(first.cancelled()).isTrue();
        assertThat(first.written()).isEqualTo(2);
        List<Path> afterCancel = allFiles(out);
        assertThat(afterCancel).hasSize(2);
        for (Path file : afterCancel) {
            assertThat(file.getFileName().toString()).doesNotStartWith(".");
            BufferedImage image = PairImages.read(file);
            assertThat(image.getWidth()).isEqualTo(32);
            assertThat(image.getHeight()).isEqualTo(16);
            Files.setLastModifiedTime(file, LONG_AGO);
        }

        List<String> handled = new ArrayList<>();
        PairSummary second = new PairBuilder(options, PairInputs.greyscale()).build(photos, out,
                (done, total, file) -> handled.add(file), () -> false);

        assertThat(second.cancelled()).isFalse();
        assertThat(second.written()).isEqualTo(4);
        assertThat(second.kept()).isEqualTo(2);
        assertThat(second.trainPairs() + second.validationPairs()).isEqualTo(6);
        assertThat(handled).hasSize(6);
        assertThat(allFiles(out)).hasSize(6);
        for (Path file : afterCancel) {
            assertThat(Files.getLastModifiedTime(file)).as("%s is not rewritten", file).isEqualTo(LONG_AGO);
        }
    }

    @Test
    void aCorruptPhotoIsReportedAndTheOthersAreBuilt() throws IOException {
        Path photos = photos(3);
        PairImages.writeTruncated(photos, "p01.png", filled(40, 30, 0x102030));
        Files.writeString(photos.resolve("readme.txt"), "photos of shoes");
        write(photos, "p00.jpg", PairImages.png(filled(8, 8, 0))); // same name as p00.png

        PairSummary summary = new PairBuilder(PairOptions.defaults().withSide(16).withThreads(2),
                PairInputs.greyscale()).build(photos, temp.resolve("out"), PairProgress.NONE, () -> false);

        assertThat(summary.written()).isEqualTo(2);
        assertThat(summary.skipped()).extracting(SkippedFile::name).containsExactly("p00.png", "p01.png", "readme.txt");
        assertThat(summary.skipped().get(0).reason()).isEqualTo("another photo has the same name (p00.jpg)");
        assertThat(summary.skipped().get(1).reason()).contains("truncated");
        assertThat(summary.skipped().get(2).reason()).isEqualTo("not an image file");
        assertThat(allFiles(temp.resolve("out"))).hasSize(2);
    }

    @Test
    void anInputMakerThatFailsOrReturnsTheWrongSizeSkipsOnlyThatPhoto() {
        Path photos = photos(2);
        PairSummary summary = new PairBuilder(PairOptions.defaults().withSide(16), image -> {
            if (image.getWidth() == 16 && image.getRGB(0, 0) == filled(1, 1, 0x204080).getRGB(0, 0)) {
                throw new IllegalStateException("boom");
            }
            return filled(8, 8, 0);
        }).build(photos, temp.resolve("out"), PairProgress.NONE, () -> false);

        assertThat(summary.written()).isZero();
        assertThat(summary.skipped()).extracting(SkippedFile::reason).containsExactly(
                "the input could not be made from it (boom)", "the input maker returned 8 x 8, not 16 x 16");
    }

    @Test
    void aRerunWithAnotherValidationFractionMovesPairsInsteadOfDuplicatingThem() throws IOException {
        Path photos = photos(6);
        Path out = temp.resolve("out");
        new PairBuilder(PairOptions.defaults().withSide(8).withValidationFraction(0), PairInputs.greyscale())
                .build(photos, out, PairProgress.NONE, () -> false);
        PairSummary again = new PairBuilder(PairOptions.defaults().withSide(8).withValidationFraction(0.5),
                PairInputs.greyscale()).build(photos, out, PairProgress.NONE, () -> false);

        assertThat(again.written()).isZero();
        assertThat(again.kept()).isEqualTo(6);
        assertThat(allFiles(out)).hasSize(6);
        assertThat(PairImporterTest.names(out.resolve("val"))).hasSize(again.validationPairs());
    }

    private static List<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
