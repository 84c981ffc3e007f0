package org.ganstudio.engine.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ganstudio.engine.pairs.PairImages.BLACK;
import static org.ganstudio.engine.pairs.PairImages.BLUE;
import static org.ganstudio.engine.pairs.PairImages.RED;
import static org.ganstudio.engine.pairs.PairImages.WHITE;
import static org.ganstudio.engine.pairs.PairImages.pair;
import static org.ganstudio.engine.pairs.PairImages.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganstudio.engine.api.PairedDatasetScan;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairedFolderTest {
    @TempDir
    Path temp;

    private final PairedFolder folder = new PairedFolder(new org.ganstudio.engine.image.ImageDecoder(), 2);

    @Test
    void aSampleHoldsTheInputChannelsFirstThenTheTarget() {
        write(temp, "a.png", pair(4, BLACK, WHITE));
        write(temp, "b.png", pair(4, WHITE, BLACK));
        PairedDataset data = folder.load(temp, 4, 1, 3);

        assertThat(data.channels()).isEqualTo(4);
        assertThat(data.size()).isEqualTo(2);
        float[] batch = new float[2 * 4 * 16];
        data.copyBatch(new int[] {1, 0}, batch); // b first, then a
        float[] b = Arrays.copyOfRange(batch, 0, 64);
        float[] a = Arrays.copyOfRange(batch, 64, 128);
        assertThat(Arrays.copyOfRange(a, 0, 16)).containsOnly(-1f); // a's grey input: black
        assertThat(Arrays.copyOfRange(a, 16, 64)).containsOnly(1f); // a's RGB target: white
        assertThat(Arrays.copyOfRange(b, 0, 16)).containsOnly(1f);
        assertThat(Arrays.copyOfRange(b, 16, 64)).containsOnly(-1f);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "1,3", "3,1", "3,3"})
    void greyAndColourHalvesInEveryCombination(int in, int out) {
        write(temp, "red-blue.png", pair(6, RED, BLUE));
        PairedDataset data = folder.load(temp, 3, in, out);
        float[] sample = new float[(in + out) * 9];
        data.copyBatch(new int[] {0}, sample);

        float redGrey = ImageTensors.toUnit(76); // round(0.299 * 255)
        float blueGrey = ImageTensors.toUnit(29); // round(0.114 * 255)
        float[] expectedInput = in == 1 ? new float[] {redGrey} : new float[] {1f, -1f, -1f};
        float[] expectedTarget = out == 1 ? new float[] {blueGrey} : new float[] {-1f, -1f, 1f};
        for (int c = 0; c < in; c++) {
            assertThat(Arrays.copyOfRange(sample, c * 9, c * 9 + 9)).as("input channel %d", c)
                    .containsOnly(expectedInput[c]);
        }
        for (int c = 0; c < out; c++) {
            int from = (in + c) * 9;
            assertThat(Arrays.copyOfRange(sample, from, from + 9)).as("target channel %d", c)
                    .containsOnly(expectedTarget[c]);
        }
        assertThat(data.input(0).getType()).isEqualTo(in == 1 ? 10 : 1); // TYPE_BYTE_GRAY : TYPE_INT_RGB
    }

    @Test
    void halvesAreFittedToTheImageSize() {
        write(temp, "big.png", pair(16, BLACK, WHITE));
        PairedDataset data = folder.load(temp, 4, 3, 3);
        assertThat(data.imageSize()).isEqualTo(4);
        assertThat(data.input(0).getWidth()).isEqualTo(4);
        assertThat(PairImages.rgb(data.input(0), 3, 3)).isEqualTo(BLACK);
        assertThat(PairImages.rgb(data.target(0), 0, 0)).isEqualTo(WHITE);
    }

    @Test
    void aFlatFolderIsAllTrainingData() {
        for (int i = 0; i < 3; i++) {
            write(temp, i + ".png", pair(4, BLACK, WHITE));
        }
        PairedDataset data = folder.load(temp, 4, 3, 3);
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.validation()).isEmpty();
        assertThat(data.names()).containsExactly("0.png", "1.png", "2.png");
        assertThat(folder.scan(temp, 2).trainPairs()).isEqualTo(3);
    }

    @Test
    void trainAndValSubFoldersGiveTwoSplits() {
        for (int i = 0; i < 3; i++) {
            write(temp, "train/" + i + ".png", pair(4, BLACK, WHITE));
        }
        write(temp, "val/v0.png", pair(4, WHITE, BLACK));
        write(temp, "val/v1.png", pair(4, WHITE, BLACK));
        write(temp, "stray.png", pair(4, WHITE, BLACK));

        PairedDataset data = folder.load(temp, 4, 1, 1);
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.names()).containsExactly("train/0.png", "train/1.png", "train/2.png");
        TrainingData validation = data.validation().orElseThrow();
        assertThat(validation.size()).isEqualTo(2);
        assertThat(validation.channels()).isEqualTo(2);
        float[] sample = new float[2 * 16];
        validation.copyBatch(new int[] {1}, sample);
        assertThat(Arrays.copyOfRange(sample, 0, 16)).containsOnly(1f);
        assertThat(Arrays.copyOfRange(sample, 16, 32)).containsOnly(-1f);
        assertThat(data.skipped()).containsExactly(new SkippedFile("stray.png", PairLayout.OUTSIDE_SPLITS));

        PairedDatasetScan scan = folder.scan(temp, 10);
        assertThat(scan.trainPairs()).isEqualTo(3);
        assertThat(scan.validationPairs()).isEqualTo(2);
        assertThat(scan.preview()).hasSize(5);
        assertThat(scan.preview().get(0).getWidth()).isEqualTo(2 * PairedFolder.PREVIEW_SIZE);
        assertThat(scan.preview().get(0).getHeight()).isEqualTo(PairedFolder.PREVIEW_SIZE);
    }

    @Test
    void badFilesAreSkippedWithTheirReasonAndTheRestLoads() throws Exception {
        write(temp, "train/good.png", pair(4, BLACK, WHITE));
        PairImages.writeTruncated(temp.resolve("train"), "cut.png", PairImages.filled(64, 32, 0x123456));
        Files.writeString(temp.resolve("train/notes.txt"), "hello");
        Files.writeString(temp.resolve("train/fake.png"), "not a png at all");
        write(temp, "train/wide.png", PairImages.filled(30, 20, RED));
        write(temp, "val/square.png", PairImages.filled(8, 8, RED));

        PairedDataset data = folder.load(temp, 4, 3, 3);
        assertThat(data.size()).isEqualTo(1);
        assertThat(data.validation()).isEmpty();
        assertThat(data.skipped()).extracting(SkippedFile::name)
                .containsExactly("train/cut.png", "train/fake.png", "train/notes.txt", "train/wide.png",
                        "val/square.png");
        assertThat(reason(data, "train/cut.png")).contains("truncated");
        assertThat(reason(data, "train/fake.png")).contains("not an image");
        assertThat(reason(data, "train/notes.txt")).isEqualTo("not an image file");
        assertThat(reason(data, "train/wide.png")).isEqualTo("not side by side: 30 x 20 is not 2:1");
        assertThat(reason(data, "val/square.png")).isEqualTo("not side by side: 8 x 8 is not 2:1");

        PairedDatasetScan scan = folder.scan(temp, 4);
        assertThat(scan.trainPairs()).isEqualTo(1);
        assertThat(scan.validationPairs()).isZero();
        assertThat(scan.skipped()).isEqualTo(data.skipped());
        assertThat(scan.preview()).hasSize(1);
    }

    @Test
    void aFolderWithNothingUsableGivesAClearError() throws Exception {
        write(temp, "wide.png", PairImages.filled(30, 20, RED));
        Files.writeString(temp.resolve("broken.jpg"), "nope");
        assertThatThrownBy(() -> folder.load(temp, 4, 3, 3)).isInstanceOf(StudioException.class)
                .hasMessageContaining("None of the 2 images")
                .hasMessageContaining("wide.png: not side by side: 30 x 20 is not 2:1");
        assertThat(folder.scan(temp, 4).trainPairs()).isZero();

        Path empty = Files.createDirectories(temp.resolve("empty/train"));
        assertThatThrownBy(() -> folder.load(empty.getParent(), 4, 3, 3)).isInstanceOf(StudioException.class)
                .hasMessageContaining("no side-by-side training images");
        assertThatThrownBy(() -> folder.load(temp.resolve("missing"), 4, 3, 3)).isInstanceOf(StudioException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void theSourceChecksTheChannelSumAndReportsCancelling() {
        write(temp, "a.png", pair(4, BLACK, WHITE));
        PairedFolderSource source = new PairedFolderSource(1, 3);
        assertThatThrownBy(() -> source.load(temp, 4, 3, (d, t) -> {}, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 input and 3 output");
        assertThat(source.load(temp, 4, 4, (d, t) -> {}, () -> false).channels()).isEqualTo(4);
        assertThatThrownBy(() -> source.load(temp, 4, 4, (d, t) -> {}, () -> true))
                .isInstanceOf(StudioException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> new PairedFolderSource(2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String reason(PairedDataset data, String name) {
        return data.skipped().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().reason();
    }
}
