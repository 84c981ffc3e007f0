package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.api.SkippedFile;

/**
 * Square training images held compactly in memory: each image is {@code channels * size * size}
 * uint8 values in CHW order (a quarter of the memory floats would take). The training loop asks for
 * batches with {@link #copyBatch}, which writes floats in [-1, 1] (level / 127.5 - 1) in NCHW order.
 * Immutable and safe to read from several threads.
 */
public final class ImageDataset {
    private static final float[] UNIT = new float[256];

    static {
        for (int level = 0; level < 256; level++) {
            UNIT[level] = ImageTensors.toUnit(level);
        }
    }

    private final int channels;
    private final int imageSize;
    private final List<String> names;
    private final List<byte[]> pixels;
    private final List<SkippedFile> skipped;

    private ImageDataset(int channels, int imageSize, List<String> names, List<byte[]> pixels,
            List<SkippedFile> skipped) {
        this.channels = channels;
        this.imageSize = imageSize;
        this.names = List.copyOf(names);
        this.pixels = List.copyOf(pixels);
        this.skipped = List.copyOf(skipped);
    }

    /**
     * A dataset from images already in memory; each is fitted to {@code size x size} with
     * {@link ImageFitter}.
     */
    public static ImageDataset of(List<String> names, List<BufferedImage> images, int channels, int size) {
        if (names.size() != images.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + images.size() + " images");
        }
        List<byte[]> pixels = new ArrayList<>(images.size());
        for (BufferedImage image : images) {
            pixels.add(toBytes(ImageFitter.fit(image, size), channels));
        }
        return new ImageDataset(channels, size, names, pixels, List.of());
    }

    static ImageDataset fromBytes(int channels, int size, List<String> names, List<byte[]> pixels,
            List<SkippedFile> skipped) {
        return new ImageDataset(channels, size, names, pixels, skipped);
    }

    /** The CHW uint8 values of a square image of the dataset's size. */
    static byte[] toBytes(BufferedImage square, int channels) {
        int[][] planes = Pixels.planes(square, channels);
        int plane = square.getWidth() * square.getHeight();
        byte[] bytes = new byte[channels * plane];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < plane; i++) {
                bytes[c * plane + i] = (byte) planes[c][i];
            }
        }
        return bytes;
    }

    public int size() {
        return pixels.size();
    }

    public int channels() {
        return channels;
    }

    /** Side of every (square) image, in pixels. */
    public int imageSize() {
        return imageSize;
    }

    /** Floats one image takes in a batch: channels * imageSize * imageSize. */
    public int valuesPerImage() {
        return channels * imageSize * imageSize;
    }

    /** Each image's file name relative to the folder, in dataset order. */
    public List<String> names() {
        return names;
    }

    /** Files of the folder that were left out, and why. */
    public List<SkippedFile> skipped() {
        return skipped;
    }

    /**
     * Writes the images at {@code indices}, one after the other, as floats in [-1, 1] in NCHW order.
     *
     * @throws IndexOutOfBoundsException if an index is out of range or {@code destination} is shorter
     *     than {@code indices.length * valuesPerImage()}
     */
    public void copyBatch(int[] indices, float[] destination) {
        int per = valuesPerImage();
        if (destination.length < indices.length * per) {
            throw new IndexOutOfBoundsException("destination holds " + destination.length + " floats, "
                    + indices.length + " images need " + indices.length * per);
        }
        for (int n = 0; n < indices.length; n++) {
            byte[] image = pixels.get(indices[n]);
            int offset = n * per;
            for (int i = 0; i < per; i++) {
                destination[offset + i] = UNIT[image[i] & 0xFF];
            }
        }
    }

    /** One image back as a picture (TYPE_BYTE_GRAY or TYPE_INT_RGB), e.g. for a preview. */
    public BufferedImage image(int index) {
        float[] values = new float[valuesPerImage()];
        copyBatch(new int[] {index}, values);
        return ImageTensors.fromChw(values, channels, imageSize, imageSize);
    }
}
