package org.ganstudio.engine.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ganstudio.engine.pairs.PairImages.BLUE;
import static org.ganstudio.engine.pairs.PairImages.RED;
import static org.ganstudio.engine.pairs.PairImages.filled;
import static org.ganstudio.engine.pairs.PairImages.write;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.SkippedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairImporterTest {
    @TempDir
    Path temp;

    private final PairOptions options = PairOptions.defaults().withSide(8).withValidationFraction(0.5).withThreads(2);

    @Test
    void partnersWithTheSameNameBecomeOneSideBySideImage() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        write(a, "one.png", filled(12, 10, RED));
        Files.createDirectories(b);
        ImageIO.write(filled(12, 10, BLUE), "bmp", b.resolve("one.bmp").toFile()); // the extension may differ

        PairSummary summary = new PairImporter(options).importPairs(a, b, temp.resolve("out"), PairProgress.NONE,
                () -> false);

        assertThat(summary.written()).isEqualTo(1);
        assertThat(summary.skipped()).isEmpty();
        Path written = temp.resolve("out").resolve(PairSplit.of("one", 0.5)).resolve("one.png");
        BufferedImage pair = PairImages.read(written);
        assertThat(pair.getWidth()).isEqualTo(16);
        assertThat(pair.getHeight()).isEqualTo(8);
        assertThat(PairImages.rgb(pair, 0, 0)).isEqualTo(RED);
        assertThat(PairImages.rgb(pair, 7, 7)).isEqualTo(RED);
        assertThat(PairImages.rgb(pair, 8, 0)).isEqualTo(BLUE);
        assertThat(PairImages.rgb(pair, 15, 7)).isEqualTo(BLUE);
    }

    @Test
    void missingPartnersAndSizeMismatchesAreReportedAndSkipped() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        write(a, "both.png", filled(8, 8, RED));
        write(b, "both.png", filled(8, 8, BLUE));
        write(a, "only-a.png", filled(8, 8, RED));
        write(b, "only-b.png", filled(8, 8, BLUE));
        write(a, "sizes.png", filled(30, 20, RED));
        write(b, "sizes.png", filled(32, 20, BLUE));
        write(a, "broken-b.png", filled(8, 8, RED));
        Files.writeString(b.resolve("broken-b.png"), "garbage");

        PairSummary summary = new PairImporter(options).importPairs(a, b, temp.resolve("out"), PairProgress.NONE,
                () -> false);

        assertThat(summary.written()).isEqualTo(1);
        assertThat(summary.cancelled()).isFalse();
        assertThat(summary.skipped()).extracting(SkippedFile::name)
                .containsExactly("A/broken-b.png", "A/only-a.png", "A/sizes.png", "B/only-b.png");
        assertThat(summary.skipped().get(0).reason()).startsWith("its partner B/broken-b.png cannot be used");
        assertThat(summary.skipped().get(1).reason()).isEqualTo("no partner: B has no file named only-a.*");
        assertThat(summary.skipped().get(2).reason()).isEqualTo("sizes differ: A is 30 x 20, B is 32 x 20");
        assertThat(summary.skipped().get(3).reason()).isEqualTo("no partner: A has no file named only-b.*");
    }

    @Test
    void theSplitDependsOnlyOnTheFileNames() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        for (int i = 0; i < 24; i++) {
            write(a, "img" + i + ".png", filled(8, 8, RED));
            write(b, "img" + i + ".png", filled(8, 8, BLUE));
        }
        PairImporter importer = new PairImporter(options);
        PairSummary first = importer.importPairs(a, b, temp.resolve("first"), PairProgress.NONE, () -> false);
        PairSummary second = new PairImporter(options.withThreads(1)).importPairs(a, b, temp.resolve("second"),
                PairProgress.NONE, () -> false);

        assertThat(first.trainPairs() + first.validationPairs()).isEqualTo(24);
        assertThat(first.trainPairs()).isPositive();
        assertThat(first.validationPairs()).isPositive();
        assertThat(names(temp.resolve("first/val"))).isEqualTo(names(temp.resolve("second/val")))
                .hasSize(first.validationPairs());
        assertThat(names(temp.resolve("first/train"))).isEqualTo(names(temp.resolve("second/train")));
        assertThat(new PairedFolder().load(temp.resolve("first"), 8, 3, 3).validation()).isPresent();
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
