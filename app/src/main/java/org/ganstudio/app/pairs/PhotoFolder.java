package org.ganstudio.app.pairs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.StudioException;

/** The photos a pair build reads: image files directly in a folder, by name, hidden files left out. */
final class PhotoFolder {
    private PhotoFolder() {}

    /** @throws StudioException if the folder is missing, unreadable, or holds no photos */
    static List<Path> list(Path folder) {
        if (!Files.exists(folder)) {
            throw new StudioException("There is no folder at " + folder + ".");
        }
        if (!Files.isDirectory(folder)) {
            throw new StudioException(folder + " is a file, not a folder of photos.");
        }
        List<Path> photos = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (isPhoto(entry)) {
                    photos.add(entry);
                }
            }
        } catch (IOException e) {
            throw new StudioException("The folder " + folder + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (photos.isEmpty()) {
            throw new StudioException("There are no photos (" + ImageFiles.describe() + ") in " + folder + ".");
        }
        photos.sort(null);
        return List.copyOf(photos);
    }

    private static boolean isPhoto(Path entry) {
        return ImageFiles.isImageName(entry.getFileName().toString()) && Files.isRegularFile(entry);
    }
}
