package org.ganstudio.engine.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts images to and from float values in [-1, 1] laid out channel-first: a pixel level p in
 * 0..255 becomes {@code p / 127.5 - 1}, and a value v becomes {@code round((v + 1) * 127.5)} after
 * clamping to [-1, 1]. One channel means luminance (grey), three mean R, G, B.
 */
public final class ImageTensors {
    private ImageTensors() {}

    /** The float for one 8-bit level. */
    public static float toUnit(int level) {
        return level / 127.5f - 1f;
    }

    /** The 8-bit level for one float, clamped to [-1, 1]; NaN becomes 0. */
    public static int toLevel(float value) {
        if (Float.isNaN(value)) {
            return 0;
        }
        float clamped = Math.max(-1f, Math.min(1f, value));
        return Math.round((clamped + 1f) * 127.5f);
    }

    /** The image as {@code channels * height * width} floats, channel-first. */
    public static float[] toChw(BufferedImage image, int channels) {
        int[][] planes = Pixels.planes(image, channels);
        int plane = image.getWidth() * image.getHeight();
        float[] out = new float[channels * plane];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < plane; i++) {
                out[c * plane + i] = toUnit(planes[c][i]);
            }
        }
        return out;
    }

    /**
     * An image from channel-first floats: TYPE_BYTE_GRAY for 1 channel, TYPE_INT_RGB for 3.
     *
     * @throws IllegalArgumentException if the array length is not channels * height * width
     */
    public static BufferedImage fromChw(float[] data, int channels, int height, int width) {
        Pixels.checkChannels(channels);
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + height + " x " + width);
        }
        if (data.length != channels * height * width) {
            throw new IllegalArgumentException("expected " + channels * height * width + " values for " + channels
                    + " x " + height + " x " + width + ", got " + data.length);
        }
        return fromChw(data, 0, channels, height, width);
    }

    private static BufferedImage fromChw(float[] data, int offset, int channels, int height, int width) {
        int plane = height * width;
        int[][] planes = new int[channels][plane];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < plane; i++) {
                planes[c][i] = toLevel(data[offset + c * plane + i]);
            }
        }
        return Pixels.fromPlanes(planes, width, height);
    }

    /**
     * A float32 batch of shape (N, C, H, W) owned by {@code manager}.
     *
     * @throws IllegalArgumentException if the list is empty or the images differ in size
     */
    public static NDArray toBatch(NDManager manager, List<BufferedImage> images, int channels) {
        Pixels.checkChannels(channels);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one image");
        }
        int width = images.get(0).getWidth();
        int height = images.get(0).getHeight();
        int plane = channels * width * height;
        float[] data = new float[images.size() * plane];
        for (int n = 0; n < images.size(); n++) {
            BufferedImage image = images.get(n);
            if (image.getWidth() != width || image.getHeight() != height) {
                throw new IllegalArgumentException("image " + n + " is " + image.getWidth() + " x " + image.getHeight()
                        + " but image 0 is " + width + " x " + height);
            }
            System.arraycopy(toChw(image, channels), 0, data, n * plane, plane);
        }
        return manager.create(data, new Shape(images.size(), channels, height, width));
    }

    /**
     * One image per entry of a (N, C, H, W) batch with C = 1 or 3; values outside [-1, 1] are
     * clamped. The array is read, not closed.
     */
    public static List<BufferedImage> fromBatch(NDArray batch) {
        Shape shape = batch.getShape();
        if (shape.dimension() != 4) {
            throw new IllegalArgumentException("expected a batch of shape (N, C, H, W), got " + shape);
        }
        int n = (int) shape.get(0);
        int channels = (int) shape.get(1);
        Pixels.checkChannels(channels);
        int height = (int) shape.get(2);
        int width = (int) shape.get(3);
        float[] data = batch.getDataType() == DataType.FLOAT32
                ? batch.toFloatArray()
                : toFloats(batch);
        List<BufferedImage> images = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            images.add(fromChw(data, i * channels * height * width, channels, height, width));
        }
        return images;
    }

    private static float[] toFloats(NDArray batch) {
        try (NDArray converted = batch.toType(DataType.FLOAT32, true)) {
            return converted.toFloatArray();
        }
    }
}
