package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.train.DataSpec;
import org.ganstudio.engine.train.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of training data has its loader: one picture of any size, and two unaligned domains. */
class DataKindsTest {

    @TempDir
    Path temp;

    private static BufferedImage filled(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static float[] batch(TrainingData data, int... indices) {
        float[] values = new float[indices.length * data.channels() * data.height() * data.width()];
        data.copyBatch(indices, values);
        return values;
    }

    @Test
    void onePictureIsOneSampleOfItsOwnHeightAndWidth() throws Exception {
        Path file = temp.resolve("boats.png");
        ImageIO.write(filled(300, 120, Color.WHITE), "png", file.toFile());
        DataSpec spec = DataSpec.singleImage(ModelFamily.SINGAN, 250, 3);
        TrainingData data = DefaultStudioEngine.dataSource(spec).load(file, spec.imageSize(), spec.channels(),
                (d, t) -> { }, () -> false);
        assertThat(data.size()).isEqualTo(1);
        assertThat(data.width()).isEqualTo(250);
        assertThat(data.height()).isEqualTo(100);
        float[] two = batch(data, 0, 0);
        assertThat(two).hasSize(2 * 3 * 100 * 250).containsOnly(1f);
        DatasetScan scan = SinglePictureSource.scan(file);
        assertThat(scan.usable()).isEqualTo(1);
        assertThat(scan.preview()).hasSize(1);
        DatasetScan refused = SinglePictureSource.scan(temp.resolve("missing.png"));
        assertThat(refused.usable()).isZero();
        assertThat(refused.skipped().get(0).reason()).contains("does not exist");
    }

    @Test
    void twoDomainsGiveSamplesOfAThenBWithTheSmallerDomainRepeatedInAFixedShuffle() throws Exception {
        Path folder = temp.resolve("horses2zebras");
        Files.createDirectories(folder.resolve("trainA"));
        Files.createDirectories(folder.resolve("B"));
        for (int i = 0; i < 5; i++) {
            ImageIO.write(filled(40, 40, Color.BLACK), "png", folder.resolve("trainA/a" + i + ".png").toFile());
        }
        for (int i = 0; i < 2; i++) {
            ImageIO.write(filled(40, 40, Color.WHITE), "png", folder.resolve("B/b" + i + ".png").toFile());
        }
        DataSpec spec = DataSpec.unpaired(ModelFamily.CYCLEGAN, 16, 1, 3);
        TrainingData data = DefaultStudioEngine.dataSource(spec).load(folder, spec.imageSize(), spec.channels(),
                (d, t) -> { }, () -> false);
        assertThat(data.size()).as("as many samples as the larger domain").isEqualTo(5);
        assertThat(data.channels()).isEqualTo(4);
        float[] sample = batch(data, 3);
        int plane = 16 * 16;
        for (int i = 0; i < plane; i++) {
            assertThat(sample[i]).as("A is black").isEqualTo(-1f);
        }
        for (int i = plane; i < 4 * plane; i++) {
            assertThat(sample[i]).as("B is white").isEqualTo(1f);
        }
        assertThat(UnpairedFolderSource.order(5, 2)).containsOnly(0, 1).isEqualTo(UnpairedFolderSource.order(5, 2));
        assertThat(DefaultStudioEngine.dataSource(spec)).isInstanceOf(UnpairedFolderSource.class);
        assertThat(UnpairedFolderSource.scan(folder).usable()).isEqualTo(7);
        assertThatThrownBy(() -> UnpairedFolderSource.domain(temp, "A")).isInstanceOf(StudioException.class)
                .hasMessageContaining("needs a sub-folder A/");
    }

    @Test
    void eachKindHasItsLoader() {
        assertThat(DefaultStudioEngine.dataSource(DataSpec.images(ModelFamily.DCGAN, 8, 1))).isSameAs(ImageFolderSource.INSTANCE);
        assertThat(DefaultStudioEngine.dataSource(DataSpec.singleImage(ModelFamily.SINGAN, 8, 3)))
                .isSameAs(SinglePictureSource.INSTANCE);
        assertThat(DataSpec.pairs(ModelFamily.PIX2PIX, 8, 1, 3).kind()).isEqualTo(DataKind.PAIRS);
        assertThatThrownBy(() -> new DataSpec(ModelFamily.SINGAN, DataKind.SINGLE_IMAGE, 8, 3, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
