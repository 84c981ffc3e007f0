package org.ganstudio.engine.core;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.image.ImageRejectedException;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.image.SinglePicture;
import org.ganstudio.engine.train.DataSource;
import org.ganstudio.engine.train.TrainingData;

/** Training data of one picture of any size ({@link org.ganstudio.engine.api.DataKind#SINGLE_IMAGE}). */
final class SinglePictureSource implements DataSource {

    static final SinglePictureSource INSTANCE = new SinglePictureSource();

    /** The longest side of the picture a scan shows. */
    private static final int SCAN_SIDE = 512;

    private SinglePictureSource() {}

    /** The picture as a dataset of one, or of none with the reason it cannot be used. */
    static DatasetScan scan(Path path) {
        try {
            BufferedImage picture = SinglePicture.load(path, SCAN_SIDE, 3);
            return new DatasetScan(path, 1, List.of(), List.of(picture));
        } catch (ImageRejectedException e) {
            return new DatasetScan(path, 0, List.of(new SkippedFile(e.name(), e.reason())), List.of());
        }
    }

    /** @param imageSize the longest side the picture is brought down to */
    @Override
    public TrainingData load(Path path, int imageSize, int channels, Progress progress, BooleanSupplier cancelled) {
        progress.update(0, 1);
        BufferedImage picture = SinglePicture.load(path, imageSize, channels);
        progress.update(1, 1);
        return new Picture(ImageTensors.toChw(picture, channels), channels, picture.getHeight(), picture.getWidth());
    }

    /** The one sample; every batch index reads it. */
    private record Picture(float[] values, int channels, int height, int width) implements TrainingData {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public void copyBatch(int[] indices, float[] destination) {
            for (int i = 0; i < indices.length; i++) {
                System.arraycopy(values, 0, destination, i * values.length, values.length);
            }
        }
    }
}
