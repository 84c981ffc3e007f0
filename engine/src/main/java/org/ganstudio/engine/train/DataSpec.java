package org.ganstudio.engine.train;

import org.ganstudio.engine.api.ModelFamily;

/**
 * What a model trains on, for choosing its {@link DataSource} and calling it: plain images (DCGAN) or pairs of
 * an input and a target image (Pix2Pix).
 *
 * @param family the model's family
 * @param imageSize side of the square images
 * @param inputChannels channels of a plain image, or of a pair's input (1 grey, 3 colour)
 * @param outputChannels channels of a pair's target; 0 for plain images
 */
public record DataSpec(ModelFamily family, int imageSize, int inputChannels, int outputChannels) {

    public DataSpec {
        if (imageSize < 1 || inputChannels < 1 || outputChannels < 0) {
            throw new IllegalArgumentException("bad data spec " + imageSize + " px, " + inputChannels + " + " + outputChannels);
        }
    }

    /** Plain images of {@code channels} channels. */
    public static DataSpec images(ModelFamily family, int imageSize, int channels) {
        return new DataSpec(family, imageSize, channels, 0);
    }

    /** Pairs whose samples hold the input's channels, then the target's. */
    public static DataSpec pairs(ModelFamily family, int imageSize, int inputChannels, int outputChannels) {
        if (outputChannels < 1) {
            throw new IllegalArgumentException("a pair's target needs channels, got " + outputChannels);
        }
        return new DataSpec(family, imageSize, inputChannels, outputChannels);
    }

    public boolean paired() {
        return outputChannels > 0;
    }

    /** Values per pixel of one sample: what {@link DataSource#load} is asked for and {@link TrainingData#channels()} says. */
    public int channels() {
        return inputChannels + outputChannels;
    }
}
