package org.ganstudio.engine.core;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDataset;
import org.ganstudio.engine.image.ImageFolder;
import org.ganstudio.engine.train.DataSource;
import org.ganstudio.engine.train.TrainingData;

/** Training data from a folder of image files, through {@link ImageFolder}. */
final class ImageFolderSource implements DataSource {

    static final ImageFolderSource INSTANCE = new ImageFolderSource();
    private static final int PREVIEW_COUNT = 8;

    private ImageFolderSource() {}

    static DatasetScan scan(Path folder) {
        return new ImageFolder().scan(folder, PREVIEW_COUNT);
    }

    @Override
    public TrainingData load(Path folder, int imageSize, int channels, Progress progress, BooleanSupplier cancelled) {
        try {
            ImageDataset dataset = new ImageFolder().load(folder, imageSize, channels, progress::update, cancelled);
            return new Adapter(dataset);
        } catch (CancellationException e) {
            throw new StudioException("Loading the images was cancelled.", e);
        }
    }

    /** Lets the training loop read an {@link ImageDataset}. */
    private record Adapter(ImageDataset dataset) implements TrainingData {
        @Override
        public int size() {
            return dataset.size();
        }

        @Override
        public int channels() {
            return dataset.channels();
        }

        @Override
        public int height() {
            return dataset.imageSize();
        }

        @Override
        public int width() {
            return dataset.imageSize();
        }

        @Override
        public void copyBatch(int[] indices, float[] destination) {
            dataset.copyBatch(indices, destination);
        }

        @Override
        public java.util.List<org.ganstudio.engine.api.SkippedFile> skipped() {
            return dataset.skipped();
        }
    }
}
