package org.ganstudio.engine.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDataset;
import org.ganstudio.engine.image.ImageFolder;
import org.ganstudio.engine.train.DataSource;
import org.ganstudio.engine.train.TrainingData;

/**
 * Two unaligned domains ({@link org.ganstudio.engine.api.DataKind#UNPAIRED}): a folder holding {@code A/} and
 * {@code B/} (or CycleGAN's {@code trainA/} and {@code trainB/}). A sample is an image of A followed by an image of B;
 * the B image of sample i is drawn through a fixed shuffle of B, so the pairing is arbitrary but the same in every
 * run and after a resume.
 */
final class UnpairedFolderSource implements DataSource {

    private static final long B_ORDER_SEED = 0x5EEDB;
    private static final int PREVIEW_EACH = 4;
    private final int channelsA;
    private final int channelsB;

    UnpairedFolderSource(int channelsA, int channelsB) {
        this.channelsA = channelsA;
        this.channelsB = channelsB;
    }

    /** The folder of one domain: {@code A} or {@code trainA} (likewise B). */
    static Path domain(Path folder, String letter) {
        for (String name : List.of(letter, "train" + letter)) {
            Path candidate = folder.resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new StudioException("The folder " + folder + " needs a sub-folder " + letter + "/ (or train" + letter
                + "/) with the images of domain " + letter + ".");
    }

    /** Both domains' images: usable counts the two together; the preview takes some of each. */
    static DatasetScan scan(Path folder) {
        DatasetScan a = new ImageFolder().scan(domain(folder, "A"), PREVIEW_EACH);
        DatasetScan b = new ImageFolder().scan(domain(folder, "B"), PREVIEW_EACH);
        List<SkippedFile> skipped = new ArrayList<>(a.skipped());
        skipped.addAll(b.skipped());
        List<java.awt.image.BufferedImage> preview = new ArrayList<>(a.preview());
        preview.addAll(b.preview());
        return new DatasetScan(folder, a.usable() + b.usable(), skipped, preview);
    }

    @Override
    public TrainingData load(Path folder, int imageSize, int channels, Progress progress, BooleanSupplier cancelled) {
        if (channels != channelsA + channelsB) {
            throw new IllegalArgumentException("asked for " + channels + " channels, not " + channelsA + " + " + channelsB);
        }
        Path a = domain(folder, "A");
        Path b = domain(folder, "B");
        try {
            ImageDataset first = new ImageFolder().load(a, imageSize, channelsA, (d, t) -> progress.update(d, 2 * t), cancelled);
            ImageDataset second = new ImageFolder().load(b, imageSize, channelsB,
                    (d, t) -> progress.update(t + d, 2 * t), cancelled);
            if (first.size() == 0 || second.size() == 0) {
                throw new StudioException("Both domains need images: " + a + " has " + first.size() + " usable, " + b
                        + " has " + second.size() + ".");
            }
            return new Domains(first, second, order(Math.max(first.size(), second.size()), second.size()));
        } catch (CancellationException e) {
            throw new StudioException("Loading the images was cancelled.", e);
        }
    }

    /** For each sample index, the B image it takes: a fixed shuffle of B repeated to cover every sample. */
    static int[] order(int samples, int sizeB) {
        int[] shuffled = new int[sizeB];
        for (int i = 0; i < sizeB; i++) {
            shuffled[i] = i;
        }
        SplittableRandom random = new SplittableRandom(B_ORDER_SEED);
        for (int i = sizeB - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = shuffled[i % sizeB];
        }
        return order;
    }

    /** Samples of A then B; there are as many samples as images in the larger domain, the smaller one repeats. */
    private record Domains(ImageDataset a, ImageDataset b, int[] bOrder) implements TrainingData {
        @Override
        public int size() {
            return bOrder.length;
        }

        @Override
        public int channels() {
            return a.channels() + b.channels();
        }

        @Override
        public int height() {
            return a.imageSize();
        }

        @Override
        public int width() {
            return a.imageSize();
        }

        @Override
        public void copyBatch(int[] indices, float[] destination) {
            int perA = a.valuesPerImage();
            int perB = b.valuesPerImage();
            float[] one = new float[Math.max(perA, perB)];
            for (int i = 0; i < indices.length; i++) {
                int offset = i * (perA + perB);
                a.copyBatch(new int[] {indices[i] % a.size()}, one);
                System.arraycopy(one, 0, destination, offset, perA);
                b.copyBatch(new int[] {bOrder[indices[i]]}, one);
                System.arraycopy(one, 0, destination, offset + perA, perB);
            }
        }

        @Override
        public List<SkippedFile> skipped() {
            List<SkippedFile> all = new ArrayList<>(a.skipped());
            all.addAll(b.skipped());
            return all;
        }
    }
}
