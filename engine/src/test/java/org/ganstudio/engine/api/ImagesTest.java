package org.ganstudio.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesTest {
    @TempDir
    Path dir;

    @Test
    void decodesThroughTheEngineDecoderWithItsLimitAndMessages() throws Exception {
        Path png = dir.resolve("a.png");
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB), "png", png.toFile());
        Path text = Files.writeString(dir.resolve("b.png"), "hello", StandardCharsets.UTF_8);

        BufferedImage decoded = Images.decode(png);

        assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(decoded.getRGB(0, 0) & 0xFFFFFF).as("transparent on white").isEqualTo(0xFFFFFF);
        assertThat(Images.decode(png, 1).getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(Images.maxPixels()).isEqualTo(50_000_000L);
        assertThatThrownBy(() -> Images.decode(text)).isInstanceOf(StudioException.class)
                .hasMessage("Cannot use b.png: it is not an image, or not in a supported format (" + ImageFiles.describe() + ")");
    }
}
