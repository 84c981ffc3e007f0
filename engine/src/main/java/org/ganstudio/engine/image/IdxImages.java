package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.ganstudio.engine.api.StudioException;

/**
 * Reads the IDX files of MNIST and Fashion-MNIST (LeCun et al.): images are a 16-byte header (magic 2051,
 * count, rows, columns) then count*rows*columns bytes; labels an 8-byte header (magic 2049, count) then one
 * byte each. Plain or gzip-compressed files are accepted.
 */
public final class IdxImages {

    private static final int IMAGE_MAGIC = 2051;
    private static final int LABEL_MAGIC = 2049;

    private final byte[] pixels;
    private final byte[] labels;
    private final int rows;
    private final int columns;

    private IdxImages(byte[] pixels, byte[] labels, int rows, int columns) {
        this.pixels = pixels;
        this.labels = labels;
        this.rows = rows;
        this.columns = columns;
    }

    /** Largest side accepted; MNIST's is 28. */
    static final int MAX_SIDE = 4096;

    /**
     * Reads an image file and its label file. The headers are checked before anything is allocated: sides from
     * 1 to {@link #MAX_SIDE}, a count that is not negative, as many labels as images, and files that hold as
     * many bytes as their headers promise (read in growing pieces, so a short file never costs the full size).
     */
    public static IdxImages read(Path images, Path labels) {
        try (DataInputStream in = open(images)) {
            if (in.readInt() != IMAGE_MAGIC) {
                throw new StudioException(images + " is not an IDX image file (wrong magic number).");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int columns = in.readInt();
            if (count < 0 || rows < 1 || columns < 1 || rows > MAX_SIDE || columns > MAX_SIDE) {
                throw new StudioException(images + ": the IDX header says " + count + " images of " + rows + "x"
                        + columns + "; expected a count of 0 or more and sides from 1 to " + MAX_SIDE + ".");
            }
            long size = (long) count * rows * columns;
            if (size > Integer.MAX_VALUE - 8) {
                throw new StudioException(images + ": the IDX file says " + count + " images of " + rows + "x" + columns
                        + " (" + size + " bytes), more than one file can hold here.");
            }
            byte[] pixels = in.readNBytes((int) size);
            if (pixels.length < size) {
                throw new StudioException(images + ": the IDX file says " + count + " images of " + rows + "x" + columns
                        + " but holds only " + pixels.length + " bytes of pixels (" + size + " needed).");
            }
            byte[] labelBytes = readLabels(labels, count);
            return new IdxImages(pixels, labelBytes, rows, columns);
        } catch (EOFException e) {
            throw new StudioException(images + " is cut short.", e);
        } catch (IOException e) {
            throw new StudioException("Cannot read " + images + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readLabels(Path labels, int count) throws IOException {
        try (DataInputStream in = open(labels)) {
            if (in.readInt() != LABEL_MAGIC) {
                throw new StudioException(labels + " is not an IDX label file (wrong magic number).");
            }
            int labelCount = in.readInt();
            if (labelCount != count) {
                throw new StudioException(labels + " has " + labelCount + " labels for " + count
                        + " images; it needs one label per image.");
            }
            byte[] bytes = in.readNBytes(count);
            if (bytes.length < count) {
                throw new StudioException(labels + ": the IDX file says " + count + " labels but holds only "
                        + bytes.length + ".");
            }
            return bytes;
        } catch (EOFException e) {
            throw new StudioException(labels + " is cut short.", e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        return new DataInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw);
    }

    public int count() {
        return labels.length;
    }

    public int label(int index) {
        return labels[index] & 0xff;
    }

    /**
     * Image {@code index} as a grey image.
     *
     * @param invert true to turn white-on-black (as stored) into black-on-white
     */
    public BufferedImage image(int index, boolean invert) {
        BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_BYTE_GRAY);
        int offset = index * rows * columns;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                int v = pixels[offset + y * columns + x] & 0xff;
                image.getRaster().setSample(x, y, 0, invert ? 255 - v : v);
            }
        }
        return image;
    }
}
