package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.NearestImage;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearestImagesTest {

    @TempDir
    Path folder;

    private static BufferedImage grey(int level, int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(level, level, level));
        g.fillRect(0, 0, side, side);
        g.dispose();
        return image;
    }

    private void write(String name, BufferedImage image) throws Exception {
        ImageIO.write(image, "png", folder.resolve(name).toFile());
    }

    @Test
    void theNearestImagesComeFirstWithTheirMeanAbsoluteDifferenceAndBadFilesAreSkipped() throws Exception {
        write("a-black.png", grey(0, 16));
        write("b-mid.png", grey(128, 32)); // larger: fitted to the query's 16 px
        write("c-white.png", grey(255, 16));
        Files.writeString(folder.resolve("d-broken.png"), "not a picture");
        Files.writeString(folder.resolve("notes.txt"), "hello");

        List<NearestImage> found = new NearestImages().find(grey(102, 16), folder, 2);

        assertThat(found).extracting(n -> n.file().getFileName().toString()).containsExactly("b-mid.png", "a-black.png");
        assertThat(found.get(0).distance()).isCloseTo(26 / 255.0, within(1e-6));
        assertThat(found.get(1).distance()).isCloseTo(102 / 255.0, within(1e-6));
        assertThat(found.get(0).image().getWidth()).isEqualTo(16);
    }

    @Test
    void anExactCopyIsAtDistanceZeroInColourToo() throws Exception {
        BufferedImage sample = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 64; i++) {
            sample.setRGB(i % 8, i / 8, (i * 4) << 16 | (255 - i) << 8 | 30);
        }
        write("copy.png", sample);
        write("other.png", grey(200, 8));

        List<NearestImage> found = new NearestImages().find(sample, folder, 5);

        assertThat(found).hasSize(2);
        assertThat(found.get(0).file().getFileName().toString()).isEqualTo("copy.png");
        assertThat(found.get(0).distance()).isZero();
    }

    @Test
    void aFolderIsDecodedOnceUntilItChanges() throws Exception {
        write("a.png", grey(10, 8));
        NearestImages nearest = new NearestImages();
        nearest.find(grey(0, 8), folder, 1);
        nearest.find(grey(50, 8), folder, 1);
        assertThat(nearest.reads()).isEqualTo(1);

        write("b.png", grey(50, 8));
        Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(folder).toMillis() + 5_000));
        List<NearestImage> found = nearest.find(grey(50, 8), folder, 1);
        assertThat(nearest.reads()).isEqualTo(2);
        assertThat(found.get(0).file().getFileName().toString()).isEqualTo("b.png");
    }

    @Test
    void aMissingOrImagelessFolderIsExplained() throws Exception {
        assertThatThrownBy(() -> new NearestImages().find(grey(0, 8), folder.resolve("none"), 3))
                .isInstanceOf(StudioException.class).hasMessageContaining("does not exist");
        Files.writeString(folder.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> new NearestImages().find(grey(0, 8), folder, 3))
                .isInstanceOf(StudioException.class).hasMessageContaining("has no");
    }

    @Test
    void aConfigsDatasetIsATrainingFolderOnlyWhenItIsAFolderUnderTheStudiosHome() throws Exception {
        String before = System.getProperty("studio.home");
        try {
            System.setProperty("studio.home", folder.toString());
            Files.createDirectories(folder.resolve("data/shoes"));
            assertThat(org.ganstudio.engine.train.ModelFolders.trainingFolder("data/shoes")).isEqualTo(folder.resolve("data/shoes"));
            assertThat(org.ganstudio.engine.train.ModelFolders.trainingFolder(folder.resolve("data/shoes").toString()))
                    .isEqualTo(folder.resolve("data/shoes"));
            assertThat(org.ganstudio.engine.train.ModelFolders.trainingFolder("Fashion-MNIST train split, classes 5/7/9")).isNull();
            assertThat(org.ganstudio.engine.train.ModelFolders.trainingFolder("../elsewhere")).isNull();
            assertThat(org.ganstudio.engine.train.ModelFolders.trainingFolder("")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("studio.home");
            } else {
                System.setProperty("studio.home", before);
            }
        }
    }
}
