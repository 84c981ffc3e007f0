package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.ModelFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairedScanTest {

    @TempDir
    Path folder;

    @Test
    void pix2pixReadsAFolderAsPairsWhileDcganReadsItAsImages() throws Exception {
        write("train", "a.png");
        write("train", "b.png");
        write("train", "c.png");
        write("val", "d.png");
        DefaultStudioEngine engine = new DefaultStudioEngine("test");

        DatasetScan pairs = engine.scanDataset(folder, ModelFamily.PIX2PIX);
        DatasetScan images = engine.scanDataset(folder, ModelFamily.DCGAN);

        assertThat(pairs.paired()).isTrue();
        assertThat(pairs.usable()).isEqualTo(3);
        assertThat(pairs.validationPairs()).isEqualTo(1);
        assertThat(images.paired()).isFalse();
        assertThat(images.validationPairs()).isZero();
    }

    private void write(String split, String name) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(split));
        ImageIO.write(new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB), "png", dir.resolve(name).toFile());
    }
}
