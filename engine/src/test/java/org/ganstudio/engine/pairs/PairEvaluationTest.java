package org.ganstudio.engine.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ganstudio.engine.pairs.PairImages.pair;
import static org.ganstudio.engine.pairs.PairImages.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.LoadProgress;
import org.ganstudio.engine.metrics.Ssim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring a model on the val/ pairs of a folder, against values worked out by hand. */
class PairEvaluationTest {
    private static final int DARK = 0x404040; // level 64
    private static final int LIGHT = 0xC0C0C0; // level 192

    @TempDir
    Path temp;

    private final PairedFolder folder = new PairedFolder(new ImageDecoder(), 2);

    private PairedDataset validation() {
        write(temp, "train/t.png", pair(16, 0x000000, 0xFFFFFF));
        write(temp, "val/a.png", pair(16, DARK, LIGHT));
        write(temp, "val/b.png", pair(16, LIGHT, LIGHT));
        write(temp, "val/broken.png", new byte[] {1, 2, 3});
        return folder.loadValidation(temp, 8, 1, 1, LoadProgress.NONE, () -> false);
    }

    @Test
    void onlyTheValSplitIsLoadedAndBadFilesAreListed() {
        PairedDataset val = validation();

        assertThat(val.names()).containsExactly("val/a.png", "val/b.png");
        assertThat(val.imageSize()).isEqualTo(8);
        assertThat(val.skipped()).hasSize(1);
        assertThat(val.skipped().get(0).name()).isEqualTo("val/broken.png");
    }

    @Test
    void aModelThatCopiesItsInputScoresTheDistanceFromInputToTarget() {
        List<Integer> progress = new ArrayList<>();
        PairEvaluation.Report report = PairEvaluation.evaluate(input -> input, validation(), progress::add);

        // Pair a: a flat 64/255 against a flat 192/255. Pair b: identical.
        double dark = 64 / 255.0;
        double light = 192 / 255.0;
        double l1 = light - dark;
        double psnr = 10 * Math.log10(1 / (l1 * l1));
        double ssim = (2 * dark * light + Ssim.C1) / (dark * dark + light * light + Ssim.C1);
        PairEvaluation.Scored a = report.pairs().get(0);
        assertThat(a.name()).isEqualTo("val/a.png");
        assertThat(a.scores().l1()).isCloseTo(l1, within(1e-6));
        assertThat(a.scores().psnr()).isCloseTo(psnr, within(1e-4));
        assertThat(a.scores().ssim()).isCloseTo(ssim, within(1e-6));
        PairEvaluation.Scored b = report.pairs().get(1);
        assertThat(b.scores().l1()).isZero();
        assertThat(b.scores().ssim()).isCloseTo(1.0, within(1e-9));
        assertThat(report.mean().l1()).isCloseTo(l1 / 2, within(1e-6));
        assertThat(report.mean().ssim()).isCloseTo((ssim + 1) / 2, within(1e-6));
        assertThat(progress).containsExactly(1, 2);
    }

    @Test
    void outputsAreComparedWithTheTargetsAsTheModelSeesThem() {
        PairedDataset val = validation();
        int[] calls = {0};
        PairEvaluation.Report report = PairEvaluation.evaluate(input -> val.target(calls[0]++), val, done -> { });

        assertThat(report.mean().l1()).isZero();
        assertThat(report.mean().ssim()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aFolderWithoutHeldOutPairsGivesAClearError() throws Exception {
        write(temp, "train/t.png", pair(16, 0x000000, 0xFFFFFF));
        assertThatThrownBy(() -> folder.loadValidation(temp, 8, 1, 1, LoadProgress.NONE, () -> false))
                .isInstanceOf(StudioException.class).hasMessageContaining("no held-out pairs");

        write(temp, "val/broken.png", new byte[] {1, 2, 3});
        Files.writeString(temp.resolve("val/notes.txt"), "x");
        assertThatThrownBy(() -> folder.loadValidation(temp, 8, 1, 1, LoadProgress.NONE, () -> false))
                .isInstanceOf(StudioException.class).hasMessageContaining("None of the 1 images")
                .hasMessageContaining("broken.png");
    }
}
