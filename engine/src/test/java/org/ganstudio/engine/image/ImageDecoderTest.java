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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
                        + " (PNG, JPEG, BMP, GIF, WebP or TIFF)");
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

    @Test
    void formatThatAPlugInReadsButTheStudioDoesNotIsRefusedNamingTheSupportedOnes() {
        Path file = TestImages.write(dir, "x.wbmp",
                new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_BINARY), "wbmp");

        assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessage("Cannot use x.wbmp: the WBMP format is not supported (use PNG, JPEG, BMP, GIF, WebP or TIFF)");
    }

    @Test
    void lossyWebpDecodesToItsColours() {
        BufferedImage decoded = decoder.decode(TestImages.resource("quad-lossy.webp"), "quad.webp", 3);

        assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(TestImages.snapped(TestImages.quarterColours(decoded)))
                .containsExactly(TestImages.RED, TestImages.GREEN, TestImages.BLUE, TestImages.YELLOW);
    }

    @Test
    void losslessWebpDecodesToIdenticalPixels() {
        BufferedImage decoded = decoder.decode(TestImages.resource("quad-lossless.webp"), "quad.webp", 3);

        assertThat(TestImages.rgbPixels(decoded)).containsExactly(TestImages.rgbPixels(TestImages.quad()));
    }

    @Test
    void animatedWebpGivesItsFirstFrame() {
        BufferedImage decoded = decoder.decode(TestImages.resource("animated.webp"), "animated.webp", 3);

        assertThat(decoded.getWidth()).isEqualTo(16);
        assertThat(decoded.getRGB(2, 4) & 0xFFFFFF).isEqualTo(TestImages.RED);
        assertThat(decoded.getRGB(13, 4) & 0xFFFFFF).isEqualTo(TestImages.BLUE);
    }

    @Test
    void tiffDecodesToIdenticalPixelsFromAWebpOrTiffFile() {
        Path tiff = TestImages.write(dir, "scan.tif", TestImages.tiffPages(TestImages.quad()));
        Path webp = TestImages.write(dir, "quad.webp", TestImages.resource("quad-lossless.webp"));

        assertThat(TestImages.rgbPixels(decoder.decode(tiff))).containsExactly(TestImages.rgbPixels(TestImages.quad()));
        assertThat(TestImages.rgbPixels(decoder.decode(webp))).containsExactly(TestImages.rgbPixels(TestImages.quad()));
    }

    @Test
    void multiPageTiffGivesItsFirstPage() {
        byte[] tiff = TestImages.tiffPages(TestImages.quad(), TestImages.noise(5, 9, 7));

        BufferedImage decoded = decoder.decode(tiff, "pages.tiff", 3);

        assertThat(TestImages.rgbPixels(decoded)).containsExactly(TestImages.rgbPixels(TestImages.quad()));
    }

    @ParameterizedTest
    @CsvSource({"bomb.webp, 16384, 16384", "bomb.tiff, 100000, 100000", "bomb.jpg, 60000, 60000"})
    void decompressionBombHeadersOfEveryFormatAreRefusedBeforeDecoding(String name, int width, int height) {
        byte[] header = name.endsWith("webp") ? TestImages.webpHeaderOnly(width, height)
                : name.endsWith("tiff") ? TestImages.tiffHeaderOnly(width, height) : TestImages.jpegHeaderOnly(width, height);

        assertThatThrownBy(() -> decoder.decode(header, name, 3))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining(width + " x " + height)
                .hasMessageContaining("more than the limit of 50.0 megapixels");
    }

    @Test
    void truncatedJpegWithoutAnyImageDataIsRefusedAsCutShort() {
        // A flat picture compresses so well that half the file ends before the image data starts.
        byte[] full = TestImages.encode(TestImages.quad(), "jpeg");

        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(full, full.length / 2), "flat.jpg", 3))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("truncated");
    }

    /**
     * EXIF says where the stored first row and first column belong (TIFF 6.0 / EXIF 2.3, tag 274); the expected
     * quarters are read off that definition for the stored quad R G / B Y.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 64, 32, RGBY", // row 0 top, column 0 left
        "2, 64, 32, GRYB", // row 0 top, column 0 right (mirrored)
        "3, 64, 32, YBGR", // row 0 bottom, column 0 right (turned 180)
        "4, 64, 32, BYRG", // row 0 bottom, column 0 left (flipped)
        "5, 32, 64, RBGY", // row 0 left, column 0 top (transposed)
        "6, 32, 64, BRYG", // row 0 right, column 0 top (taken turned 90 anticlockwise: turn clockwise)
        "7, 32, 64, YGBR", // row 0 right, column 0 bottom (transverse)
        "8, 32, 64, GYRB", // row 0 left, column 0 bottom (turn anticlockwise)
    })
    void jpegExifOrientationIsTurnedUpright(int orientation, int width, int height, String quarters) {
        byte[] jpeg = TestImages.withExifOrientation(TestImages.encode(TestImages.quad(), "jpeg"), orientation);

        BufferedImage upright = decoder.decode(jpeg, "phone.jpg", 3);
        BufferedImage grey = decoder.decode(jpeg, "phone.jpg", 1);

        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        assertThat(TestImages.snapped(TestImages.quarterColours(upright))).containsExactly(colours(quarters));
        assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(grey.getWidth()).isEqualTo(width);
    }

    @Test
    void pixelLimitOfATurnedJpegIsWidthTimesHeightEitherWay() {
        byte[] jpeg = TestImages.withExifOrientation(TestImages.encode(TestImages.quad(), "jpeg"), 6);

        assertThat(new ImageDecoder(64 * 32).decode(jpeg, "phone.jpg", 3).getWidth()).isEqualTo(32);
        assertThatThrownBy(() -> new ImageDecoder(64 * 32 - 1).decode(jpeg, "phone.jpg", 3))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("64 x 32 pixels");
    }

    @Test
    void ycckJpegDecodesToItsColours() {
        BufferedImage decoded = decoder.decode(TestImages.resource("quad-ycck.jpg"), "print.jpg", 3);

        assertThat(TestImages.snapped(TestImages.quarterColours(decoded)))
                .containsExactly(TestImages.RED, TestImages.GREEN, TestImages.BLUE, TestImages.YELLOW);
    }

    private static int[] colours(String letters) {
        return letters.chars().map(c -> switch (c) {
            case 'R' -> TestImages.RED;
            case 'G' -> TestImages.GREEN;
            case 'B' -> TestImages.BLUE;
            case 'Y' -> TestImages.YELLOW;
            default -> throw new IllegalArgumentException("colour " + (char) c);
        }).toArray();
    }
}
