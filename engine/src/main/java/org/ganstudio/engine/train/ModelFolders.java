package org.ganstudio.engine.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;

/** What every family's inference side needs to say about a model folder: its name, its data, a refusal. */
public final class ModelFolders {

    /** The model card of a checkpoint or model folder. */
    public static final String CARD = RunFiles.CARD;
    private static final Pattern STEP = Pattern.compile("step-\\d+");

    private ModelFolders() {}

    /** The studio's home: {@code studio.home}, or the working folder. */
    public static Path home() {
        String home = System.getProperty("studio.home");
        return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
    }

    /**
     * A saved config's dataset as a folder: the name resolved against the studio's home, when it is an existing
     * folder under that home; null otherwise (a description such as "Fashion-MNIST shoes", data elsewhere).
     */
    public static Path trainingFolder(String dataset) {
        if (dataset == null || dataset.isBlank()) {
            return null;
        }
        try {
            Path home = home();
            Path folder = home.resolve(dataset.trim()).normalize();
            return folder.startsWith(home) && !folder.equals(home) && Files.isDirectory(folder) ? folder : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * The folder's name; for a checkpoint of a run ({@code RUN/checkpoints/step-00000500}) the run's name and the
     * step, {@code RUN/step-00000500}.
     */
    public static String modelIdOf(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        if (name == null) {
            return absolute.toString();
        }
        Path parent = absolute.getParent();
        Path run = parent == null ? null : parent.getParent();
        if (STEP.matcher(name.toString()).matches() && parent.getFileName() != null
                && parent.getFileName().toString().equals("checkpoints") && run != null && run.getFileName() != null) {
            return run.getFileName() + "/" + name;
        }
        return name.toString();
    }

    /** The refusal of a model whose weights hold NaN or infinity (a diverged run saved by other means). */
    public static StudioException notFinite(Path directory) {
        return new StudioException("The model at " + directory + " has weights that are not numbers (NaN/Inf); it cannot draw.");
    }

    /** The refusal of a model of another family than the one a caller opens directly. */
    public static StudioException otherFamily(Path directory, SavedCheckpoint saved, String wanted) {
        return new StudioException("The model at " + directory + " is a " + saved.config().family().displayName()
                + " model, not " + wanted + ".");
    }

    /**
     * {@code required}, then those of {@code optional} that exist in {@code directory} as files, then the files
     * directly inside its sub-folder {@code optionalFolder} (when there is one) as {@code folder/name}, sorted: the
     * file list of a family whose model has extras.
     */
    public static List<String> withExtras(Path directory, List<String> required, List<String> optional,
            String optionalFolder) {
        List<String> files = new ArrayList<>(required);
        for (String name : optional) {
            if (Files.isRegularFile(directory.resolve(name))) {
                files.add(name);
            }
        }
        Path folder = optionalFolder == null ? null : directory.resolve(optionalFolder);
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                inside.filter(Files::isRegularFile).map(f -> optionalFolder + "/" + f.getFileName()).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }
}
