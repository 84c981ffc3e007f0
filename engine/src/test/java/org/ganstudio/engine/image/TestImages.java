package org.ganstudio.engine.image;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Builds test images and writes them as files at test time. The few formats ImageIO cannot write (WebP, YCCK
 * JPEG) are tiny resources next to this class; their README says how they were made.
 */
final class TestImages {
    private TestImages() {}

    static BufferedImage filled(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, rgb);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }

    /** Quad colours: red top left, green top right, blue bottom left, yellow bottom right. */
    static final int RED = 0xFF0000;
    static final int GREEN = 0x00FF00;
    static final int BLUE = 0x0000FF;
    static final int YELLOW = 0xFFFF00;

    /** 64 x 32 in four 32 x 16 blocks, red and green above blue and yellow (the {@code quad-*} resources). */
    static BufferedImage quad() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        int[] colours = {RED, GREEN, BLUE, YELLOW};
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, colours[y / 16 * 2 + x / 32]);
            }
        }
        return image;
    }

    /** The colours at the centres of the four quarters: top left, top right, bottom left, bottom right. */
    static int[] quarterColours(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new int[] {image.getRGB(w / 4, h / 4) & 0xFFFFFF, image.getRGB(3 * w / 4, h / 4) & 0xFFFFFF,
                image.getRGB(w / 4, 3 * h / 4) & 0xFFFFFF, image.getRGB(3 * w / 4, 3 * h / 4) & 0xFFFFFF};
    }

    /** Each colour rounded to the nearest of black, the primaries, their mixes and white (lossy codecs drift). */
    static int[] snapped(int[] colours) {
        int[] out = new int[colours.length];
        for (int i = 0; i < colours.length; i++) {
            int c = colours[i];
            out[i] = ((c >> 16 & 0xFF) >= 128 ? 0xFF0000 : 0) | ((c >> 8 & 0xFF) >= 128 ? 0xFF00 : 0)
                    | ((c & 0xFF) >= 128 ? 0xFF : 0);
        }
        return out;
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** A multi-page TIFF, one page per image, written by the first TIFF writer ImageIO has. */
    static byte[] tiffPages(BufferedImage... pages) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A TIFF whose only IFD claims width x height 8-bit grey pixels that the file does not hold. */
    static byte[] tiffHeaderOnly(int width, int height) {
        return tiff(List.of(new TIFFEntry(TIFF.TAG_IMAGE_WIDTH, width), new TIFFEntry(TIFF.TAG_IMAGE_HEIGHT, height),
                new TIFFEntry(TIFF.TAG_BITS_PER_SAMPLE, (short) 8), new TIFFEntry(TIFF.TAG_COMPRESSION, (short) 1),
                new TIFFEntry(TIFF.TAG_PHOTOMETRIC_INTERPRETATION, (short) 1),
                new TIFFEntry(TIFF.TAG_STRIP_OFFSETS, 8), new TIFFEntry(TIFF.TAG_ROWS_PER_STRIP, height),
                new TIFFEntry(TIFF.TAG_STRIP_BYTE_COUNTS, width * height)));
    }

    private static byte[] tiff(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            new TIFFWriter().write(entries, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A lossless WebP (VP8L) header claiming width x height (at most 16384 each) and a few zero bytes where its
     * data should be (TwelveMonkeys reads a little past the 5 header bytes before it reports the size).
     */
    static byte[] webpHeaderOnly(int width, int height) {
        long bits = (width - 1) | (long) (height - 1) << 14;
        int chunk = 32;
        ByteBuffer webp = ByteBuffer.allocate(12 + 8 + chunk).order(ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + chunk).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        webp.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(chunk).put((byte) 0x2F).putInt((int) bits);
        return webp.array();
    }

    /** A baseline JPEG start (SOI, a frame header claiming width x height, 3 components) and nothing else. */
    static byte[] jpegHeaderOnly(int width, int height) {
        ByteBuffer jpeg = ByteBuffer.allocate(2 + 19 + 2);
        jpeg.putShort((short) 0xFFD8).putShort((short) 0xFFC0).putShort((short) 17).put((byte) 8)
                .putShort((short) height).putShort((short) width).put((byte) 3);
        for (int component = 1; component <= 3; component++) {
            jpeg.put((byte) component).put((byte) 0x11).put((byte) 0);
        }
        jpeg.putShort((short) 0xFFD9);
        return jpeg.array();
    }

    /** The JPEG with an EXIF segment holding only the Orientation tag (1 to 8), put after its JFIF segment. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at += 2 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        }
        byte[] exif = tiff(List.of(new TIFFEntry(TIFF.TAG_ORIENTATION, (short) orientation)));
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + 6 + exif.length);
        out.put(jpeg, 0, at).putShort((short) 0xFFE1).putShort((short) (2 + 6 + exif.length));
        out.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(exif).put(jpeg, at, jpeg.length - at);
        return out.array();
    }

    static int[] rgbPixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static int[] greyLevels(BufferedImage image) {
        int[] levels = new int[image.getWidth() * image.getHeight()];
        return image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, levels);
    }
}
