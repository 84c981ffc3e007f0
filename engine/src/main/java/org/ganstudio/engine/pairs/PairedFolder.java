package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.PairedDatasetScan;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.LoadProgress;

/**
 * Scans or loads a folder of side-by-side pairs (see {@link PairLayout} for train/, val/ or flat). Every file
 * is decoded with {@link ImageDecoder} (unreadable, truncated and oversized files are refused there) and must
 * be exactly 2:1; files that fail are listed as {@link SkippedFile}s, never fail the load on their own.
 * Decoding runs on a few threads, but results are always in name order.
 */
public final class PairedFolder {
    /** Side of each half of the preview images returned by {@link #scan}. */
    public static final int PREVIEW_SIZE = 96;

    private final ImageDecoder decoder;
    private final int threads;

    /** Default pixel limit, a few threads. */
    public PairedFolder() {
        this(new ImageDecoder(), Parallel.defaultThreads());
    }

    /** @param threads decoding threads, at least 1 */
    public PairedFolder(ImageDecoder decoder, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.decoder = decoder;
        this.threads = threads;
    }

    /** Scans without progress reports or cancellation. */
    public PairedDatasetScan scan(Path folder, int previewCount) {
        return scan(folder, previewCount, LoadProgress.NONE, () -> false);
    }

    /**
     * Decodes every file to count the usable pairs, and returns the first {@code previewCount} usable ones
     * (training first) with each half fitted to {@link #PREVIEW_SIZE}. A folder without usable pairs gives a
     * scan with zero counts, not an exception.
     *
     * @throws StudioException if the folder is missing or not a folder
     * @throws CancellationException if {@code cancelled} turns true during the scan
     */
    public PairedDatasetScan scan(Path folder, int previewCount, LoadProgress progress, BooleanSupplier cancelled) {
        PairLayout layout = PairLayout.of(folder);
        List<Path> files = allFiles(layout);
        List<Parallel.Outcome<Boolean>> outcomes = run(files, file -> decodePair(file, 3) != null, progress, cancelled);
        List<String> names = allNames(layout);
        List<SkippedFile> skipped = new ArrayList<>(layout.outside());
        List<BufferedImage> preview = new ArrayList<>();
        int usableTrain = 0;
        int usableValidation = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).ok()) {
                skipped.add(new SkippedFile(names.get(i), outcomes.get(i).reason()));
                continue;
            }
            if (i < layout.train().size()) {
                usableTrain++;
            } else {
                usableValidation++;
            }
            if (preview.size() < previewCount) {
                preview.add(previewOf(files.get(i)));
            }
        }
        skipped.sort(Comparator.comparing(SkippedFile::name));
        return new PairedDatasetScan(folder, usableTrain, usableValidation, skipped, preview);
    }

    /** Loads without progress reports or cancellation. */
    public PairedDataset load(Path folder, int imageSize, int inputChannels, int outputChannels) {
        return load(folder, imageSize, inputChannels, outputChannels, LoadProgress.NONE, () -> false);
    }

    /**
     * Decodes every pair, fits each half to {@code imageSize} and keeps it as bytes. The result is the
     * training split; its {@link PairedDataset#validation()} is the val/ split when that has usable pairs.
     *
     * @param inputChannels 1 (grey) or 3 (RGB) for the left half
     * @param outputChannels 1 (grey) or 3 (RGB) for the right half
     * @throws StudioException if the folder is missing or has no usable training pair
     * @throws CancellationException if {@code cancelled} turns true during the load
     */
    public PairedDataset load(Path folder, int imageSize, int inputChannels, int outputChannels,
            LoadProgress progress, BooleanSupplier cancelled) {
        checkChannels(inputChannels);
        checkChannels(outputChannels);
        if (imageSize < 1) {
            throw new IllegalArgumentException("imageSize must be positive, got " + imageSize);
        }
        PairLayout layout = PairLayout.of(folder);
        if (layout.train().size() == 0) {
            throw noTrainingImages(layout);
        }
        int decodeChannels = Math.max(inputChannels, outputChannels);
        List<Parallel.Outcome<byte[]>> outcomes = run(allFiles(layout),
                file -> PairedDataset.toBytes(decodePair(file, decodeChannels), imageSize, inputChannels,
                        outputChannels),
                progress, cancelled);
        List<String> names = allNames(layout);
        int trainCount = layout.train().size();
        Split train = Split.of(outcomes.subList(0, trainCount), names.subList(0, trainCount));
        Split val = Split.of(outcomes.subList(trainCount, outcomes.size()), names.subList(trainCount, names.size()));
        if (train.pixels.isEmpty()) {
            throw noneUsable(layout, train.skipped);
        }
        PairedDataset validation = val.pixels.isEmpty() ? null
                : new PairedDataset(inputChannels, outputChannels, imageSize, val.names, val.pixels, val.skipped, null);
        List<SkippedFile> skipped = new ArrayList<>(layout.outside());
        skipped.addAll(train.skipped);
        skipped.addAll(val.skipped);
        skipped.sort(Comparator.comparing(SkippedFile::name));
        return new PairedDataset(inputChannels, outputChannels, imageSize, train.names, train.pixels, skipped,
                validation);
    }

    /**
     * Decodes only the val/ split, as {@link #load} would, for scoring a trained model on held-out pairs.
     *
     * @throws StudioException if the folder has no val/ images or none of them is a usable pair
     * @throws CancellationException if {@code cancelled} turns true during the load
     */
    public PairedDataset loadValidation(Path folder, int imageSize, int inputChannels, int outputChannels,
            LoadProgress progress, BooleanSupplier cancelled) {
        checkChannels(inputChannels);
        checkChannels(outputChannels);
        PairLayout layout = PairLayout.of(folder);
        PairFiles files = layout.validation();
        if (files.size() == 0) {
            throw new StudioException("There are no held-out pairs in " + folder.resolve(PairLayout.VALIDATION)
                    + " (a val/ folder of side-by-side images, as build-pairs and import-pairs write).");
        }
        int decodeChannels = Math.max(inputChannels, outputChannels);
        Split val = Split.of(run(files.images(), file -> PairedDataset.toBytes(decodePair(file, decodeChannels),
                imageSize, inputChannels, outputChannels), progress, cancelled), files.names());
        if (val.pixels.isEmpty()) {
            throw new StudioException("None of the " + files.size() + " images in "
                    + folder.resolve(PairLayout.VALIDATION) + " can be used as a pair (" + examples(val.skipped) + ").");
        }
        return new PairedDataset(inputChannels, outputChannels, imageSize, val.names, val.pixels, val.skipped, null);
    }

    /** The usable pairs of one split and the files left out. */
    private record Split(List<String> names, List<byte[]> pixels, List<SkippedFile> skipped) {
        static Split of(List<Parallel.Outcome<byte[]>> outcomes, List<String> names) {
            Split split = new Split(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).ok()) {
                    split.names.add(names.get(i));
                    split.pixels.add(outcomes.get(i).value());
                } else {
                    split.skipped.add(new SkippedFile(names.get(i), outcomes.get(i).reason()));
                }
            }
            return split;
        }
    }

    private BufferedImage decodePair(Path file, int channels) {
        BufferedImage image = decoder.decode(file, channels);
        SideBySide.check(image, file.getFileName().toString());
        return image;
    }

    private BufferedImage previewOf(Path file) {
        BufferedImage pair = decoder.decode(file);
        return SideBySide.join(ImageFitter.fit(SideBySide.left(pair), PREVIEW_SIZE),
                ImageFitter.fit(SideBySide.right(pair), PREVIEW_SIZE));
    }

    private <T> List<Parallel.Outcome<T>> run(List<Path> files, java.util.function.Function<Path, T> work,
            LoadProgress progress, BooleanSupplier cancelled) {
        progress.update(0, files.size());
        List<Parallel.Outcome<T>> outcomes = Parallel.map(files, work, threads,
                (done, total, file) -> progress.update(done, total), cancelled);
        if (cancelled.getAsBoolean() || outcomes.contains(null)) {
            throw new CancellationException("Loading the pairs was cancelled.");
        }
        return outcomes;
    }

    private static List<Path> allFiles(PairLayout layout) {
        List<Path> files = new ArrayList<>(layout.train().images());
        files.addAll(layout.validation().images());
        return files;
    }

    private static List<String> allNames(PairLayout layout) {
        List<String> names = new ArrayList<>(layout.train().names());
        names.addAll(layout.validation().names());
        return names;
    }

    private static void checkChannels(int channels) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB), got " + channels);
        }
    }

    private static StudioException noTrainingImages(PairLayout layout) {
        String where = layout.structured() ? "in " + layout.folder().resolve(PairLayout.TRAIN)
                : "in " + layout.folder() + " (and no train/ or val/ sub-folder)";
        return new StudioException("There are no side-by-side training images (" + ImageFiles.describe() + ") " + where + ".");
    }

    private static StudioException noneUsable(PairLayout layout, List<SkippedFile> skipped) {
        String where = layout.structured() ? layout.folder().resolve(PairLayout.TRAIN).toString()
                : layout.folder().toString();
        return new StudioException("None of the " + layout.train().size() + " images in " + where
                + " can be used as a pair (input on the left half, target on the right; " + examples(skipped) + ").");
    }

    private static String examples(List<SkippedFile> skipped) {
        return skipped.stream().limit(3).map(s -> s.name() + ": " + s.reason()).collect(Collectors.joining("; "));
    }
}
