package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.ganstudio.engine.api.ImageFiles;

/**
 * Decodes PNG, JPEG, BMP, GIF, WebP and TIFF files ({@link ImageFiles#describe()}) into TYPE_INT_RGB
 * (transparency composited onto white) or TYPE_BYTE_GRAY images, refusing anything unusable with an
 * {@link ImageRejectedException}.
 *
 * <p>Each format has a reader chosen for it: the JDK's for PNG, BMP and GIF; TwelveMonkeys' for JPEG (it
 * reads CMYK and YCCK files and EXIF), WebP and TIFF. Formats some other plug-in could read are refused.
 * Animated GIF and WebP give their first frame, multi-page TIFF its first page; JPEG and TIFF are turned
 * upright by their EXIF/TIFF orientation.
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

    private static final String JDK = "com.sun.imageio.plugins.";
    private static final String TWELVE_MONKEYS = "com.twelvemonkeys.imageio.plugins.";

    /** The allow-list: each format decoded (as readers name it) and the package of the reader chosen for it. */
    private static final Map<String, String> READERS = Map.of(
            "png", JDK, "jpeg", TWELVE_MONKEYS, "bmp", JDK, "gif", JDK, "webp", TWELVE_MONKEYS, "tiff", TWELVE_MONKEYS);

    /** Formats whose metadata may say the picture is stored turned or mirrored. */
    private static final Set<String> ORIENTED = Set.of("jpeg", "tiff");

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
        ImageReader reader = chooseReader(in, name);
        List<String> warnings = new ArrayList<>();
        try {
            String format = formatOf(reader);
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            checkSize(name, reader.getWidth(0), reader.getHeight(0));
            Orientation orientation = ORIENTED.contains(format) ? Orientation.of(reader) : Orientation.NORMAL;
            BufferedImage decoded = reader.read(0);
            if (warnings.stream().anyMatch(ImageDecoder::meansTruncated)) {
                throw truncated(name, warnings);
            }
            return orientation.upright(ColourConversion.convert(decoded, channels));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRejectedException) {
                throw e;
            }
            if (warnings.stream().anyMatch(ImageDecoder::meansTruncated)) {
                throw truncated(name, warnings);
            }
            throw new ImageRejectedException(name, damageReason(e), e);
        } finally {
            reader.dispose();
        }
    }

    /** The allowed reader for the data, preferring the one {@link #READERS} names; the others are disposed. */
    private static ImageReader chooseReader(ImageInputStream in, String name) {
        List<ImageReader> candidates = new ArrayList<>();
        ImageIO.getImageReaders(in).forEachRemaining(candidates::add);
        if (candidates.isEmpty()) {
            throw new ImageRejectedException(
                    name, "it is not an image, or not in a supported format (" + ImageFiles.describe() + ")");
        }
        ImageReader chosen = candidates.stream()
                .filter(r -> READERS.containsKey(formatOf(r)) && r.getClass().getName().startsWith(READERS.get(formatOf(r))))
                .findFirst()
                .or(() -> candidates.stream().filter(r -> READERS.containsKey(formatOf(r))).findFirst())
                .orElse(null);
        candidates.stream().filter(r -> r != chosen).forEach(ImageReader::dispose);
        if (chosen == null) {
            throw new ImageRejectedException(name, "the " + formatOf(candidates.get(0)).toUpperCase(Locale.ROOT)
                    + " format is not supported (use " + ImageFiles.describe() + ")");
        }
        return chosen;
    }

    /** The reader's format name, lower case, with the JDK's "tif" and "jpg" spelt as the allow-list does. */
    private static String formatOf(ImageReader reader) {
        String format;
        try {
            format = reader.getFormatName().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "unknown";
        }
        return switch (format) {
            case "tif" -> "tiff";
            case "jpg" -> "jpeg";
            default -> format;
        };
    }

    private static ImageRejectedException truncated(String name, List<String> warnings) {
        return new ImageRejectedException(name, "the file is cut short (truncated): "
                + String.join("; ", warnings.stream().distinct().toList()));
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
