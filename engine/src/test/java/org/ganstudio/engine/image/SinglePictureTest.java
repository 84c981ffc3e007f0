package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One picture to train on: any aspect kept, brought down to the longest side, never enlarged, tiny ones refused. */
class SinglePictureTest {

    @TempDir
    Path temp;

    private Path png(String name, BufferedImage image) throws Exception {
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aWidePictureKeepsItsAspectAndIsBroughtDownToTheLongestSide() throws Exception {
        Path file = png("wide.png", TestImages.noise(500, 200, 1));
        BufferedImage loaded = SinglePicture.load(file, 250, 3);
        assertThat(loaded.getWidth()).isEqualTo(250);
        assertThat(loaded.getHeight()).isEqualTo(100);
        BufferedImage grey = SinglePicture.load(file, 250, 1);
        assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void aSmallPictureIsNotEnlargedAndAFolderOfOnePictureIsThatPicture() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("one"));
        ImageIO.write(TestImages.noise(60, 90, 2), "png", folder.resolve("tree.png").toFile());
        Files.writeString(folder.resolve("notes.txt"), "not a picture");
        BufferedImage loaded = SinglePicture.load(folder, 250, 3);
        assertThat(loaded.getWidth()).isEqualTo(60);
        assertThat(loaded.getHeight()).isEqualTo(90);
    }

    @Test
    void tinyOrTooNarrowPicturesAndFoldersOfManyAreRefusedInPlainWords() throws Exception {
        Path tiny = png("tiny.png", TestImages.noise(20, 40, 3));
        assertThatThrownBy(() -> SinglePicture.load(tiny, 250, 3)).isInstanceOf(StudioException.class)
                .hasMessageContaining("tiny.png").hasMessageContaining("20x40").hasMessageContaining("at least 25");
        Path strip = png("strip.png", TestImages.noise(1000, 40, 4));
        assertThatThrownBy(() -> SinglePicture.load(strip, 250, 3)).isInstanceOf(StudioException.class)
                .hasMessageContaining("250x10");
        Path many = Files.createDirectories(temp.resolve("many"));
        ImageIO.write(TestImages.noise(40, 40, 5), "png", many.resolve("a.png").toFile());
        ImageIO.write(TestImages.noise(40, 40, 6), "png", many.resolve("b.png").toFile());
        assertThatThrownBy(() -> SinglePicture.load(many, 250, 3)).isInstanceOf(StudioException.class)
                .hasMessageContaining("holds 2 pictures");
        Path broken = temp.resolve("broken.png");
        Files.write(broken, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> SinglePicture.load(broken, 250, 3)).isInstanceOf(StudioException.class)
                .hasMessageContaining("broken.png");
    }
}
