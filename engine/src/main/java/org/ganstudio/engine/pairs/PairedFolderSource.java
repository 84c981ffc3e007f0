package org.ganstudio.engine.pairs;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.ganstudio.engine.api.PairedDatasetScan;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.train.DataSource;

/**
 * Training data for a Pix2Pix run: a folder of side-by-side pairs through {@link PairedFolder}. The run
 * passes one channel count, which must be {@code inputChannels + outputChannels}; samples hold the input
 * channels first.
 */
public final class PairedFolderSource implements DataSource {
    /** Number of pairs in a {@link #scan}'s preview. */
    public static final int PREVIEW_COUNT = 8;

    private final int inputChannels;
    private final int outputChannels;

    /**
     * @param inputChannels 1 (grey) or 3 (RGB), the left halves
     * @param outputChannels 1 (grey) or 3 (RGB), the right halves
     */
    public PairedFolderSource(int inputChannels, int outputChannels) {
        for (int channels : new int[] {inputChannels, outputChannels}) {
            if (channels != 1 && channels != 3) {
                throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB), got " + channels);
            }
        }
        this.inputChannels = inputChannels;
        this.outputChannels = outputChannels;
    }

    /** Counts the usable pairs of a folder and returns a few previews; bad files are listed, never thrown. */
    public static PairedDatasetScan scan(Path folder) {
        return new PairedFolder().scan(folder, PREVIEW_COUNT);
    }

    public int inputChannels() {
        return inputChannels;
    }

    public int outputChannels() {
        return outputChannels;
    }

    /**
     * @param channels must be {@code inputChannels + outputChannels}
     * @throws IllegalArgumentException if {@code channels} is not that sum
     * @throws StudioException if the folder has no usable training pair, or loading was cancelled
     */
    @Override
    public PairedDataset load(Path folder, int imageSize, int channels, Progress progress, BooleanSupplier cancelled) {
        if (channels != inputChannels + outputChannels) {
            throw new IllegalArgumentException("a paired source of " + inputChannels + " input and " + outputChannels
                    + " output channels was asked for " + channels + " channels, not " + (inputChannels + outputChannels));
        }
        try {
            return new PairedFolder().load(folder, imageSize, inputChannels, outputChannels, progress::update, cancelled);
        } catch (CancellationException e) {
            throw new StudioException("Loading the pairs was cancelled.", e);
        }
    }
}
