package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Tiny test images written at test time (no binary fixtures in the repository). */
final class PairImages {
    static final int BLACK = 0x000000;
    static final int WHITE = 0xFFFFFF;
    static final int RED = 0xFF0000;
    static final int BLUE = 0x0000FF;

    private PairImages() {}

    static BufferedImage filled(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, rgb);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }

    /** A side-by-side image: {@code left} on the left half, {@code right} on the right, halves side x side. */
    static BufferedImage pair(int side, int left, int right) {
        BufferedImage image = filled(2 * side, side, left);
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, right);
        image.setRGB(side, 0, side, side, pixels, 0, side);
        return image;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, BufferedImage image) {
        return write(dir, name, png(image));
    }

    /** A PNG with its second half cut off. */
    static Path writeTruncated(Path dir, String name, BufferedImage image) {
        byte[] full = png(image);
        return write(dir, name, Arrays.copyOf(full, full.length / 2));
    }

    static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException(file + " is not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }
}
