package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {
    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void rgbPngDecodesToIdenticalPixels() {
        BufferedImage original = TestImages.noise(13, 7, 1);
        BufferedImage decoded = decoder.decode(TestImages.write(dir, "rgb.png", original, "png"));

        assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(TestImages.rgbPixels(decoded)).containsExactly(TestImages.rgbPixels(original));
    }

    @Test
    void greyPngKeepsItsLevelsInRgbAndGrey() {
        Path file = TestImages.write(dir, "grey.png", TestImages.grey(3, 1, 0, 128, 255), "png");

        BufferedImage rgb = decoder.decode(file, 3);
        BufferedImage grey = decoder.decode(file, 1);

        assertThat(TestImages.rgbPixels(rgb)).containsExactly(0xFF000000, 0xFF808080, 0xFFFFFFFF);
        assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(TestImages.greyLevels(grey)).containsExactly(0, 128, 255);
    }

    @Test
    void sixteenBitGreyPngIsScaledToEightBits() {
        Path file = TestImages.write(dir, "grey16.png", TestImages.grey16(4, 1, 0, 257, 0x8080, 65535), "png");

        assertThat(TestImages.greyLevels(decoder.decode(file, 1))).containsExactly(0, 1, 128, 255);
        assertThat(TestImages.rgbPixels(decoder.decode(file, 3))[2]).isEqualTo(0xFF808080);
    }

    @Test
    void paletteGifDecodesToItsPaletteColours() {
        // 8 x 8, not smaller: the JDK's own GIF round trip garbles some 4 x 2 images.
        int[] palette = {0xFF0000, 0x00FF00, 0x0000FF, 0x123456};
        Path file = TestImages.write(dir, "palette.gif", TestImages.palette(8, 8, palette), "gif");

        int[] pixels = TestImages.rgbPixels(decoder.decode(file));

        for (int i = 0; i < pixels.length; i++) {
            assertThat(pixels[i] & 0xFFFFFF).as("pixel %d", i).isEqualTo(palette[(i % 8 + i / 8) % 4]);
        }
    }

    @Test
    void pngAlphaIsCompositedOntoWhite() {
        BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00000000);
        argb.setRGB(1, 0, 0xFF102030);
        argb.setRGB(2, 0, 0x80FF0000);
        Path file = TestImages.write(dir, "alpha.png", argb, "png");

        int[] pixels = TestImages.rgbPixels(decoder.decode(file));

        assertThat(pixels[0] & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(pixels[1] & 0xFFFFFF).isEqualTo(0x102030);
        int red = (pixels[2] >> 16) & 0xFF;
        int green = (pixels[2] >> 8) & 0xFF;
        assertThat(red).isEqualTo(255);
        assertThat(green).isBetween(126, 128); // 255 * (1 - 128/255) = 127
    }

    @Test
    void bmpDecodesToIdenticalPixels() {
        BufferedImage original = TestImages.noise(5, 9, 2);
        BufferedImage decoded = decoder.decode(TestImages.write(dir, "image.bmp", original, "bmp"));

        assertThat(TestImages.rgbPixels(decoded)).containsExactly(TestImages.rgbPixels(original));
    }

    @Test
    void jpegDecodesCloseToTheOriginalColour() {
        Path file = TestImages.write(dir, "photo.jpg", TestImages.filled(16, 16, 0x4080C0), "jpeg");

        int pixel = TestImages.rgbPixels(decoder.decode(file))[8 * 16 + 8];

        assertThat((pixel >> 16) & 0xFF).isBetween(0x40 - 4, 0x40 + 4);
        assertThat((pixel >> 8) & 0xFF).isBetween(0x80 - 4, 0x80 + 4);
        assertThat(pixel & 0xFF).isBetween(0xC0 - 4, 0xC0 + 4);
    }

    @Test
    void greyRequestOfColourImageGivesLuminance() {
        Path file = TestImages.write(dir, "red.png", TestImages.filled(2, 2, 0xFF0000), "png");

        assertThat(TestImages.greyLevels(decoder.decode(file, 1))).containsOnly(76); // round(0.299 * 255)
    }

    @Test
    void truncatedPngIsRefusedAsCutShort() {
        Path file = TestImages.writeTruncated(dir, "cut.png", TestImages.noise(64, 64, 3), "png");

        assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("cut.png")
                .hasMessageContaining("truncated");
    }

    @Test
    void truncatedJpegIsRefusedAlthoughImageIoWouldReturnAPartImage() {
        Path file = TestImages.writeTruncated(dir, "cut.jpg", TestImages.noise(64, 64, 4), "jpeg");

        assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("cut.jpg")
                .hasMessageContaining("truncated");
    }

    @Test
    void textFileWithImageExtensionIsRefusedAsNotAnImage() {
        Path file = TestImages.write(dir, "x.png", "hello, not a picture".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessage("Cannot use x.png: it is not an image, or not in a supported format"
                        + " (PNG, JPEG, BMP or GIF)");
    }

    @Test
    void emptyFileIsRefused() {
        Path file = TestImages.write(dir, "empty.png", new byte[0]);

        assertThatThrownBy(() -> decoder.decode(file)).hasMessage("Cannot use empty.png: the file is empty");
    }

    @Test
    void missingFileIsRefused() {
        assertThatThrownBy(() -> decoder.decode(dir.resolve("gone.png")))
                .isInstanceOf(StudioException.class)
                .hasMessage("Cannot use gone.png: the file does not exist");
    }

    @Test
    void folderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("pics.png"));

        assertThatThrownBy(() -> decoder.decode(folder))
                .hasMessage("Cannot use pics.png: it is a folder, not an image file");
    }

    @Test
    void decompressionBombHeaderIsRefusedBeforeDecoding() {
        Path file = TestImages.write(dir, "bomb.png", TestImages.pngHeaderOnly(100_000, 100_000));

        assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("bomb.png")
                .hasMessageContaining("100000 x 100000")
                .hasMessageContaining("more than the limit of 50.0 megapixels");
    }

    @Test
    void pixelLimitIsConfigurableAndCheckedFromTheHeader() {
        // The file has no pixel data at all: only a header check can produce the size message.
        byte[] header = TestImages.pngHeaderOnly(2000, 1000);
        ImageDecoder strict = new ImageDecoder(1_000_000);

        assertThatThrownBy(() -> strict.decode(header, "big.png", 3))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("2000 x 1000 pixels (2.0 megapixels)");
        assertThatThrownBy(() -> decoder.decode(header, "big.png", 3))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageNotContaining("megapixels");
    }

    @Test
    void inMemoryBytesDecodeLikeAFile() {
        BufferedImage original = TestImages.noise(6, 4, 5);

        BufferedImage decoded = decoder.decode(TestImages.encode(original, "png"), "memory.png", 3);

        assertThat(TestImages.rgbPixels(decoded)).containsExactly(TestImages.rgbPixels(original));
    }

    @Test
    void rejectionKeepsReasonApartFromName() {
        byte[] half = Arrays.copyOf(TestImages.encode(TestImages.noise(32, 32, 6), "png"), 100);

        assertThatThrownBy(() -> decoder.decode(half, "memory.png", 3))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> {
                    assertThat(e.name()).isEqualTo("memory.png");
                    assertThat(e.reason()).doesNotContain("memory.png").contains("truncated");
                });
    }
}
