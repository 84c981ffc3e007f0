package org.ganstudio.engine.core;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.NearestImage;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDataset;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageFolder;
import org.ganstudio.engine.metrics.ImagePlanes;
import org.ganstudio.engine.metrics.NearestNeighbours;

/**
 * The training images nearest to a sample, to see that a generator does not copy them. A folder is read through
 * {@link ImageFolder} (bad files skipped) at the query's size and channels and kept as bytes, the last
 * {@link #KEPT_FOLDERS} folders at most; a folder whose modification time changed is read again.
 */
final class NearestImages {

    /** Folders kept decoded. */
    static final int KEPT_FOLDERS = 2;

    private record Key(Path folder, int size, int channels, long modified) {}

    private final Map<Key, ImageDataset> kept = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ImageDataset> eldest) {
            return size() > KEPT_FOLDERS;
        }
    };
    private int reads;

    /** See {@link org.ganstudio.engine.api.StudioEngine#nearestImages}. */
    List<NearestImage> find(BufferedImage query, Path folder, int count) {
        int channels = ImagePlanes.isGrey(query) ? 1 : 3;
        int side = Math.min(query.getWidth(), query.getHeight());
        BufferedImage square = query.getWidth() == query.getHeight() ? query : ImageFitter.fit(query, side);
        ImagePlanes target = ImagePlanes.of(square, channels);
        ImageDataset images = images(folder, side, channels);
        return NearestNeighbours.closest(target, images.size(), i -> ImagePlanes.of(images.image(i), channels), count)
                .stream()
                .map(r -> new NearestImage(folder.resolve(images.names().get(r.index())), images.image(r.index()),
                        r.distance()))
                .toList();
    }

    /** How many times a folder was decoded (tests check the cache with it). */
    synchronized int reads() {
        return reads;
    }

    private ImageDataset images(Path folder, int size, int channels) {
        Path absolute = folder.toAbsolutePath().normalize();
        Key key = new Key(absolute, size, channels, modified(absolute));
        synchronized (this) {
            ImageDataset known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        ImageDataset read = new ImageFolder().load(absolute, size, channels);
        synchronized (this) {
            reads++;
            kept.put(key, read);
        }
        return read;
    }

    private static long modified(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new StudioException("The folder " + folder + " does not exist.");
        }
        try {
            return Files.getLastModifiedTime(folder).toMillis();
        } catch (IOException e) {
            throw new StudioException("The folder " + folder + " cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
