package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;

/**
 * Loads a folder of PNG, JPEG, BMP and GIF files as an {@link ImageDataset}, or scans it for the
 * dataset preview. Files are taken in sorted name order; hidden (dot) files are ignored; other files
 * and images that fail to decode are listed as {@link SkippedFile}s instead of failing the load.
 * Decoding runs on a few threads, but the result is always in name order.
 */
public final class ImageFolder {
    /** Side of the preview images returned by {@link #scan}. */
    public static final int PREVIEW_SIZE = 96;

    private final ImageDecoder decoder;
    private final boolean recursive;
    private final int threads;

    /** Top level only, default pixel limit. */
    public ImageFolder() {
        this(new ImageDecoder(), false);
    }

    /** @param recursive whether to look into sub-folders (hidden ones excepted) */
    public ImageFolder(ImageDecoder decoder, boolean recursive) {
        this(decoder, recursive, ParallelLoader.defaultThreads());
    }

    /** @param threads decoding threads, at least 1 */
    public ImageFolder(ImageDecoder decoder, boolean recursive, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.decoder = decoder;
        this.recursive = recursive;
        this.threads = threads;
    }

    /** Loads without progress reports or cancellation. */
    public ImageDataset load(Path folder, int size, int channels) {
        return load(folder, size, channels, LoadProgress.NONE, () -> false);
    }

    /**
     * Decodes every image, fits it to {@code size x size} and keeps it as bytes.
     *
     * @throws StudioException if the folder is missing, holds no image files, or none of them is usable
     * @throws CancellationException if {@code cancelled} turns true during the load
     */
    public ImageDataset load(Path folder, int size, int channels, LoadProgress progress, BooleanSupplier cancelled) {
        Pixels.checkChannels(channels);
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        FolderListing listing = listImages(folder);
        List<ParallelLoader.Outcome<byte[]>> outcomes = ParallelLoader.run(listing.images(),
                file -> ImageDataset.toBytes(ImageFitter.fit(decoder.decode(file, channels), size), channels),
                threads, progress, cancelled);
        List<String> names = new ArrayList<>();
        List<byte[]> pixels = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>(listing.notImages());
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).ok()) {
                names.add(listing.names().get(i));
                pixels.add(outcomes.get(i).value());
            } else {
                skipped.add(new SkippedFile(listing.names().get(i), outcomes.get(i).reason()));
            }
        }
        if (pixels.isEmpty()) {
            throw noneUsable(listing, skipped);
        }
        skipped.sort(Comparator.comparing(SkippedFile::name));
        return ImageDataset.fromBytes(channels, size, names, pixels, skipped);
    }

    /** Scans without progress reports or cancellation. */
    public DatasetScan scan(Path folder, int previewCount) {
        return scan(folder, previewCount, LoadProgress.NONE, () -> false);
    }

    /**
     * Decodes every image to count the usable ones and returns the first {@code previewCount} of them
     * (in name order) fitted to {@link #PREVIEW_SIZE}. An empty folder or one without a usable image
     * gives a scan with {@code usable == 0}, not an exception.
     *
     * @throws StudioException if the folder is missing or not a folder
     * @throws CancellationException if {@code cancelled} turns true during the scan
     */
    public DatasetScan scan(Path folder, int previewCount, LoadProgress progress, BooleanSupplier cancelled) {
        FolderListing listing = FolderListing.of(folder, recursive);
        List<ParallelLoader.Outcome<Boolean>> outcomes = ParallelLoader.run(listing.images(),
                file -> decoder.decode(file) != null, threads, progress, cancelled);
        List<SkippedFile> skipped = new ArrayList<>(listing.notImages());
        List<BufferedImage> preview = new ArrayList<>();
        int usable = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).ok()) {
                skipped.add(new SkippedFile(listing.names().get(i), outcomes.get(i).reason()));
                continue;
            }
            usable++;
            if (preview.size() < previewCount) {
                preview.add(previewOf(listing.images().get(i)));
            }
        }
        skipped.sort(Comparator.comparing(SkippedFile::name));
        return new DatasetScan(folder, usable, skipped, preview);
    }

    private BufferedImage previewOf(Path file) {
        return ImageFitter.fit(decoder.decode(file), PREVIEW_SIZE);
    }

    private FolderListing listImages(Path folder) {
        FolderListing listing = FolderListing.of(folder, recursive);
        if (listing.images().isEmpty()) {
            String others = listing.notImages().isEmpty() ? "it is empty"
                    : "it holds " + listing.notImages().size() + " other file(s)";
            throw new StudioException("The folder " + folder + " has no " + ImageFiles.describe() + " images ("
                    + others + (recursive ? "" : "; sub-folders are not searched") + ").");
        }
        return listing;
    }

    private static StudioException noneUsable(FolderListing listing, List<SkippedFile> skipped) {
        String examples = skipped.stream()
                .filter(s -> listing.names().contains(s.name()))
                .limit(3)
                .map(s -> s.name() + ": " + s.reason())
                .collect(Collectors.joining("; "));
        return new StudioException("None of the " + listing.images().size() + " images in " + listing.folder()
                + " can be used (" + examples + ").");
    }
}
