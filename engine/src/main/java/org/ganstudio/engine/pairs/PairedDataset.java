package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.TrainingData;

/**
 * Pairs held compactly in memory: each pair is the input's {@code inputChannels * S * S} uint8 values then the
 * target's {@code outputChannels * S * S}, both CHW. {@link #copyBatch} writes, per sample, the input channels
 * first and then the target channels, as floats in [-1, 1] (level / 127.5 - 1), NCHW. Immutable and safe to
 * read from several threads.
 */
public final class PairedDataset implements TrainingData {
    private static final float[] UNIT = new float[256];

    static {
        for (int level = 0; level < 256; level++) {
            UNIT[level] = ImageTensors.toUnit(level);
        }
    }

    private final int inputChannels;
    private final int outputChannels;
    private final int imageSize;
    private final List<String> names;
    private final List<byte[]> pixels;
    private final List<SkippedFile> skipped;
    private final PairedDataset validation;

    PairedDataset(int inputChannels, int outputChannels, int imageSize, List<String> names, List<byte[]> pixels,
            List<SkippedFile> skipped, PairedDataset validation) {
        if (names.size() != pixels.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + pixels.size() + " pairs");
        }
        this.inputChannels = inputChannels;
        this.outputChannels = outputChannels;
        this.imageSize = imageSize;
        this.names = List.copyOf(names);
        this.pixels = List.copyOf(pixels);
        this.skipped = List.copyOf(skipped);
        this.validation = validation;
    }

    /**
     * The bytes of one pair: each half fitted to {@code size} with {@link ImageFitter}, input then target.
     *
     * @param pair a side-by-side image already checked with {@link SideBySide#check}
     */
    static byte[] toBytes(BufferedImage pair, int size, int inputChannels, int outputChannels) {
        int plane = size * size;
        byte[] bytes = new byte[(inputChannels + outputChannels) * plane];
        float[] input = ImageTensors.toChw(ImageFitter.fit(SideBySide.left(pair), size), inputChannels);
        float[] target = ImageTensors.toChw(ImageFitter.fit(SideBySide.right(pair), size), outputChannels);
        for (int i = 0; i < input.length; i++) {
            bytes[i] = (byte) ImageTensors.toLevel(input[i]);
        }
        for (int i = 0; i < target.length; i++) {
            bytes[input.length + i] = (byte) ImageTensors.toLevel(target[i]);
        }
        return bytes;
    }

    @Override
    public int size() {
        return pixels.size();
    }

    /** Input channels plus output channels: the values of one sample are {@code channels() * S * S}. */
    @Override
    public int channels() {
        return inputChannels + outputChannels;
    }

    public int inputChannels() {
        return inputChannels;
    }

    public int outputChannels() {
        return outputChannels;
    }

    /** Side of each (square) half, in pixels. */
    public int imageSize() {
        return imageSize;
    }

    @Override
    public int height() {
        return imageSize;
    }

    @Override
    public int width() {
        return imageSize;
    }

    /** Each pair's file name relative to the dataset folder (e.g. "train/12.jpg"), in dataset order. */
    public List<String> names() {
        return names;
    }

    /** Files left out and why; for the training split this includes those of the validation split. */
    @Override
    public List<SkippedFile> skipped() {
        return skipped;
    }

    /** The val/ pairs, when the folder has usable ones. */
    @Override
    public Optional<TrainingData> validation() {
        return Optional.ofNullable(validation);
    }

    /** {@link #validation()} with its concrete type, for showing input and target pictures. */
    public Optional<PairedDataset> validationPairs() {
        return Optional.ofNullable(validation);
    }

    /**
     * Writes the pairs at {@code indices}, one after the other: per sample the input channels then the
     * target channels, floats in [-1, 1].
     *
     * @throws IndexOutOfBoundsException if an index is out of range or {@code destination} is shorter than
     *     {@code indices.length * channels() * imageSize() * imageSize()}
     */
    @Override
    public void copyBatch(int[] indices, float[] destination) {
        int per = channels() * imageSize * imageSize;
        if (destination.length < indices.length * per) {
            throw new IndexOutOfBoundsException("destination holds " + destination.length + " floats, "
                    + indices.length + " pairs need " + indices.length * per);
        }
        for (int n = 0; n < indices.length; n++) {
            byte[] pair = pixels.get(indices[n]);
            int offset = n * per;
            for (int i = 0; i < per; i++) {
                destination[offset + i] = UNIT[pair[i] & 0xFF];
            }
        }
    }

    /** The input half of pair {@code index} as a picture (TYPE_BYTE_GRAY or TYPE_INT_RGB). */
    public BufferedImage input(int index) {
        return half(index, 0, inputChannels);
    }

    /** The target half of pair {@code index} as a picture (TYPE_BYTE_GRAY or TYPE_INT_RGB). */
    public BufferedImage target(int index) {
        return half(index, inputChannels * imageSize * imageSize, outputChannels);
    }

    private BufferedImage half(int index, int offset, int halfChannels) {
        byte[] pair = pixels.get(index);
        float[] values = new float[halfChannels * imageSize * imageSize];
        for (int i = 0; i < values.length; i++) {
            values[i] = UNIT[pair[offset + i] & 0xFF];
        }
        return ImageTensors.fromChw(values, halfChannels, imageSize, imageSize);
    }
}
