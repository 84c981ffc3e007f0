package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes PNG, JPEG, BMP and GIF files into TYPE_INT_RGB (transparency composited onto white) or
 * TYPE_BYTE_GRAY images, refusing anything unusable with an {@link ImageRejectedException}.
 *
 * <p>The image size is read from the header before any pixel is decoded, so a small file that claims
 * an enormous image (a decompression bomb) is refused without allocating it. Truncated files are
 * refused too: PNG, BMP and GIF readers fail with an exception, and the JPEG reader, which silently
 * returns a partly grey image, reports a warning that is caught here. Instances are immutable and
 * thread-safe.
 */
public final class ImageDecoder {
    /** Default largest image accepted: 50 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    private static final Set<String> FORMATS = Set.of("png", "jpeg", "bmp", "gif");
    private static final String SUPPORTED = "PNG, JPEG, BMP or GIF";

    private final long maxPixels;

    public ImageDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    /** @param maxPixels largest width x height accepted */
    public ImageDecoder(long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** Decodes a file as RGB. */
    public BufferedImage decode(Path file) {
        return decode(file, 3);
    }

    /** @param channels 3 for TYPE_INT_RGB, 1 for TYPE_BYTE_GRAY */
    public BufferedImage decode(Path file, int channels) {
        Pixels.checkChannels(channels);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImageRejectedException(name, "it is a folder, not an image file");
        }
        if (!Files.exists(file)) {
            throw new ImageRejectedException(name, "the file does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new ImageRejectedException(name, "the file cannot be read (no permission)");
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            return decode(in, name, channels);
        } catch (IOException e) {
            throw new ImageRejectedException(name, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Decodes in-memory data; {@code name} is used in messages. */
    public BufferedImage decode(byte[] data, String name, int channels) {
        return decode(new ByteArrayInputStream(data), name, channels);
    }

    /** Decodes a stream (not closed here); {@code name} is used in messages. */
    public BufferedImage decode(InputStream data, String name, int channels) {
        Pixels.checkChannels(channels);
        try (ImageInputStream in = new MemoryCacheImageInputStream(data)) {
            return decode(in, name, channels);
        } catch (IOException e) {
            throw new ImageRejectedException(name, "the data cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private BufferedImage decode(ImageInputStream in, String name, int channels) throws IOException {
        if (in.read() < 0) {
            throw new ImageRejectedException(name, "the file is empty");
        }
        in.seek(0);
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageRejectedException(
                    name, "it is not an image, or not in a supported format (" + SUPPORTED + ")");
        }
        ImageReader reader = readers.next();
        try {
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new ImageRejectedException(name,
                        "the " + format.toUpperCase(Locale.ROOT) + " format is not supported (use " + SUPPORTED + ")");
            }
            reader.setInput(in, true, true);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            checkSize(name, reader.getWidth(0), reader.getHeight(0));
            BufferedImage decoded = reader.read(0);
            if (warnings.stream().anyMatch(ImageDecoder::meansTruncated)) {
                throw new ImageRejectedException(
                        name, "the file is cut short (truncated): " + String.join("; ", warnings));
            }
            return ColourConversion.convert(decoded, channels);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRejectedException) {
                throw e;
            }
            throw new ImageRejectedException(name, damageReason(e), e);
        } finally {
            reader.dispose();
        }
    }

    private void checkSize(String name, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new ImageRejectedException(name, "the image has no pixels (" + width + " x " + height + ")");
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw new ImageRejectedException(name, String.format(Locale.ROOT,
                    "the image is %d x %d pixels (%.1f megapixels), more than the limit of %.1f megapixels",
                    width, height, pixels / 1e6, maxPixels / 1e6));
        }
    }

    /** JPEG's ways of saying the data stopped early (libjpeg JWRN_JPEG_EOF and the EOI check). */
    private static boolean meansTruncated(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("truncated") || w.contains("premature end") || w.contains("missing eoi");
    }

    private static String damageReason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return "the file is cut short (truncated) or damaged";
            }
        }
        return "the file is damaged and cannot be decoded (" + e.getMessage() + ")";
    }
}
