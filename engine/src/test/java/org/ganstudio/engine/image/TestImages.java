package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Builds test images and writes them as files at test time (no binary fixtures in the repository). */
final class TestImages {
    private TestImages() {}

    static BufferedImage filled(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, rgb);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }

    static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt() & 0xFFFFFF);
            }
        }
        return image;
    }

    /** TYPE_BYTE_GRAY whose level at (x, y) is {@code levels[y * width + x]}, written through the raster. */
    static BufferedImage grey(int width, int height, int... levels) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSamples(0, 0, width, height, 0, levels);
        return image;
    }

    static BufferedImage grey16(int width, int height, int... levels) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSamples(0, 0, width, height, 0, levels);
        return image;
    }

    /** A palette image: pixel (x, y) has palette index (x + y) % palette size. */
    static BufferedImage palette(int width, int height, int[] paletteRgb) {
        byte[] r = new byte[paletteRgb.length];
        byte[] g = new byte[paletteRgb.length];
        byte[] b = new byte[paletteRgb.length];
        for (int i = 0; i < paletteRgb.length; i++) {
            r[i] = (byte) (paletteRgb[i] >> 16);
            g[i] = (byte) (paletteRgb[i] >> 8);
            b[i] = (byte) paletteRgb[i];
        }
        IndexColorModel model = new IndexColorModel(8, paletteRgb.length, r, g, b);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (x + y) % paletteRgb.length);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path parent = dir.resolve(name).getParent();
            Files.createDirectories(parent);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, BufferedImage image, String format) {
        return write(dir, name, encode(image, format));
    }

    /** The encoded image with its second half cut off. */
    static Path writeTruncated(Path dir, String name, BufferedImage image, String format) {
        byte[] full = encode(image, format);
        return write(dir, name, Arrays.copyOf(full, full.length / 2));
    }

    /** A PNG signature, an IHDR claiming width x height 8-bit RGB with a correct CRC, and IEND. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        putChunk(png, "IHDR", ihdr.array());
        putChunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void putChunk(ByteBuffer png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
    }

    static int[] rgbPixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static int[] greyLevels(BufferedImage image) {
        int[] levels = new int[image.getWidth() * image.getHeight()];
        return image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, levels);
    }
}
