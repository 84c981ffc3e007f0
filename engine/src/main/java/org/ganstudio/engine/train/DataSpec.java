package org.ganstudio.engine.train;

import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.ModelFamily;

/**
 * What a model trains on, for choosing its {@link DataSource} (by {@link #kind()}) and calling it.
 *
 * @param family the model's family
 * @param kind plain images, aligned pairs, two unaligned domains, or one picture of any size
 * @param imageSize side of the square samples; for {@link DataKind#SINGLE_IMAGE} the longest side the picture is
 *     brought down to (it keeps its aspect ratio)
 * @param inputChannels channels of a plain image, of a pair's input or of domain A (1 grey, 3 colour)
 * @param outputChannels channels of a pair's target or of domain B; 0 for plain images and single pictures
 */
public record DataSpec(ModelFamily family, DataKind kind, int imageSize, int inputChannels, int outputChannels) {

    public DataSpec {
        if (kind == null || imageSize < 1 || inputChannels < 1 || outputChannels < 0) {
            throw new IllegalArgumentException("bad data spec " + kind + ", " + imageSize + " px, " + inputChannels
                    + " + " + outputChannels);
        }
        boolean twoParts = kind == DataKind.PAIRS || kind == DataKind.UNPAIRED;
        if (twoParts != (outputChannels > 0)) {
            throw new IllegalArgumentException(kind + " needs " + (twoParts ? "a second part's channels" : "no second part")
                    + ", got " + outputChannels);
        }
    }

    /** Plain images of {@code channels} channels. */
    public static DataSpec images(ModelFamily family, int imageSize, int channels) {
        return new DataSpec(family, DataKind.IMAGES, imageSize, channels, 0);
    }

    /** Pairs whose samples hold the input's channels, then the target's. */
    public static DataSpec pairs(ModelFamily family, int imageSize, int inputChannels, int outputChannels) {
        return new DataSpec(family, DataKind.PAIRS, imageSize, inputChannels, outputChannels);
    }

    /** Two unaligned domains; a sample holds an image of A, then one of B drawn independently. */
    public static DataSpec unpaired(ModelFamily family, int imageSize, int channelsA, int channelsB) {
        return new DataSpec(family, DataKind.UNPAIRED, imageSize, channelsA, channelsB);
    }

    /** One picture of any width and height, its longest side at most {@code maxSide}. */
    public static DataSpec singleImage(ModelFamily family, int maxSide, int channels) {
        return new DataSpec(family, DataKind.SINGLE_IMAGE, maxSide, channels, 0);
    }

    public boolean paired() {
        return kind == DataKind.PAIRS;
    }

    /** Values per pixel of one sample: what {@link DataSource#load} is asked for and {@link TrainingData#channels()} says. */
    public int channels() {
        return inputChannels + outputChannels;
    }
}
