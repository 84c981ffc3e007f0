package org.ganstudio.engine.pairs;

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
 * The image files (by extension) directly inside one folder, in name order, named relative to a root folder
 * with '/' separators. Hidden (dot) files, such as the temporary files of {@link PairWriter}, and sub-folders
 * are ignored; other visible files are listed as not images.
 *
 * @param images image files, in name order
 * @param names each image's name relative to the root
 * @param notImages visible files that are not images
 */
record PairFiles(List<Path> images, List<String> names, List<SkippedFile> notImages) {
    static final String NOT_AN_IMAGE_FILE = "not an image file";

    static PairFiles empty() {
        return new PairFiles(List.of(), List.of(), List.of());
    }

    /**
     * @param root the folder names are relative to
     * @param dir the folder listed (root itself or a sub-folder of it)
     * @throws StudioException if {@code dir} is missing, not a folder, or cannot be read
     */
    static PairFiles of(Path root, Path dir) {
        requireFolder(dir);
        List<Path> images = new ArrayList<>();
        List<SkippedFile> others = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String fileName = entry.getFileName().toString();
                if (fileName.startsWith(".") || Files.isDirectory(entry)) {
                    continue;
                }
                if (ImageFiles.isImageName(fileName)) {
                    images.add(entry);
                } else {
                    others.add(new SkippedFile(name(root, entry), NOT_AN_IMAGE_FILE));
                }
            }
        } catch (IOException e) {
            throw new StudioException("The folder " + dir + " cannot be read (" + e.getMessage() + ").", e);
        }
        images.sort(Comparator.comparing(file -> name(root, file)));
        others.sort(Comparator.comparing(SkippedFile::name));
        return new PairFiles(List.copyOf(images), images.stream().map(file -> name(root, file)).toList(),
                List.copyOf(others));
    }

    /** @throws StudioException if {@code dir} does not exist or is a file */
    static void requireFolder(Path dir) {
        if (!Files.exists(dir)) {
            throw new StudioException("The folder " + dir + " does not exist.");
        }
        if (!Files.isDirectory(dir)) {
            throw new StudioException(dir + " is a file, not a folder of images.");
        }
    }

    /** The file name without its extension: "shoe_12.jpg" gives "shoe_12". */
    static String stem(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    int size() {
        return images.size();
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
