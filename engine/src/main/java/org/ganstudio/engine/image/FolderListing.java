package org.ganstudio.engine.image;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;

/**
 * The files of a folder that look like images (by extension), sorted by their path relative to the
 * folder, plus the other visible files as skipped. Hidden (dot) files and folders are ignored, and so
 * are linked sub-folders (a link can point back up and loop).
 *
 * @param folder the folder listed
 * @param images image files, in name order
 * @param names each image's path relative to the folder, with '/' separators
 * @param notImages visible files that are not images, or sub-folders that cannot be read
 */
record FolderListing(Path folder, List<Path> images, List<String> names, List<SkippedFile> notImages) {
    static final String NOT_AN_IMAGE_FILE = "not an image file";

    static FolderListing of(Path folder, boolean recursive) {
        if (!Files.exists(folder)) {
            throw new StudioException("The folder " + folder + " does not exist.");
        }
        if (!Files.isDirectory(folder)) {
            throw new StudioException(folder + " is a file, not a folder of images.");
        }
        List<Path> files = new ArrayList<>();
        List<SkippedFile> notImages = new ArrayList<>();
        collect(folder, folder, recursive, files, notImages);
        files.sort(Comparator.comparing(file -> relativeName(folder, file)));
        notImages.sort(Comparator.comparing(SkippedFile::name));
        List<String> names = files.stream().map(file -> relativeName(folder, file)).toList();
        return new FolderListing(folder, List.copyOf(files), names, List.copyOf(notImages));
    }

    private static void collect(Path root, Path dir, boolean recursive, List<Path> images, List<SkippedFile> others) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    if (recursive && !Files.isSymbolicLink(entry)) { // links could loop back
                        collect(root, entry, true, images, others);
                    }
                } else if (ImageFiles.isImageName(entry.getFileName().toString())) {
                    images.add(entry);
                } else {
                    others.add(new SkippedFile(relativeName(root, entry), NOT_AN_IMAGE_FILE));
                }
            }
        } catch (IOException e) {
            if (dir.equals(root)) {
                throw new StudioException("The folder " + root + " cannot be read (" + e.getMessage() + ").", e);
            }
            others.add(new SkippedFile(relativeName(root, dir), "the folder cannot be read"));
        }
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
