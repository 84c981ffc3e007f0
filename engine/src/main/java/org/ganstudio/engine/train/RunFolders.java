package org.ganstudio.engine.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.CheckpointStore;

/**
 * Where runs may be written: a new run only into an empty or new folder, and a resume only from a checkpoint
 * in its own run's {@code checkpoints/step-N}, so that no run overwrites or mixes with another.
 */
final class RunFolders {

    static final String CHECKPOINTS = "checkpoints";
    private static final Pattern STEP = Pattern.compile("step-(\\d{1,18})");
    /** Files that file managers drop into any folder they show; they do not make a folder "used". */
    private static final Set<String> DESKTOP_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private RunFolders() {}

    /** Refuses a run folder that is a file or holds anything; touches nothing. */
    static void requireNewRunFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new StudioException(folder + " is a file, not a folder. Choose a new folder for the new run.");
        }
        List<String> names;
        try (Stream<Path> children = Files.list(folder)) {
            names = children.map(p -> p.getFileName().toString())
                    .filter(n -> !DESKTOP_FILES.contains(n) && !n.equals(RunLock.FILE)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new StudioException("The folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            return;
        }
        if (names.contains(RunFiles.CONFIG) || names.contains(CHECKPOINTS)) {
            throw new StudioException("The folder " + folder + " already holds a run (" + newest(folder)
                    + "). Resume it, or choose a new folder for a new run.");
        }
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
        throw new StudioException("The folder " + folder + " is not empty (it holds " + shown
                + "). Choose an empty or new folder for the new run, so that nothing in it is overwritten.");
    }

    private static String newest(Path run) {
        Path latest = new CheckpointStore(run, 1).latest();
        Matcher m = latest == null ? null : STEP.matcher(latest.getFileName().toString());
        return m != null && m.matches() ? "newest checkpoint: step " + Long.parseLong(m.group(1)) : "no checkpoint yet";
    }

    /**
     * The run folder of {@code saved}: the checkpoint must be {@code RUN/checkpoints/step-N} with N its state's
     * step, and {@code RUN/config.json} must describe the same model. Otherwise a resume would write its
     * checkpoints next to some other run's, or over them.
     */
    static Path runOf(SavedCheckpoint saved) {
        Path checkpoint = saved.directory().toAbsolutePath().normalize();
        Path parent = checkpoint.getParent();
        Matcher step = STEP.matcher(checkpoint.getFileName() == null ? "" : checkpoint.getFileName().toString());
        if (!step.matches() || parent == null || parent.getParent() == null
                || !CHECKPOINTS.equals(parent.getFileName().toString())) {
            throw notInRun(saved.directory(), "it is not in a " + CHECKPOINTS + "/step-N folder of a run");
        }
        Path run = parent.getParent();
        if (!Files.isRegularFile(run.resolve(RunFiles.CONFIG))) {
            throw notInRun(saved.directory(), run + " has no " + RunFiles.CONFIG);
        }
        RunConfig runConfig;
        try {
            runConfig = RunFiles.readConfig(run);
        } catch (IOException e) {
            throw new StudioException("The run at " + run + " cannot be resumed: " + e.getMessage() + ".", e);
        }
        RunConfig own = saved.config();
        if (runConfig.family() != own.family() || !runConfig.model().equals(own.model())) {
            String what = runConfig.family() != own.family()
                    ? "the run trains a " + runConfig.family().displayName() + " model, the checkpoint is of a "
                            + own.family().displayName()
                    : "their config.json files describe different models";
            throw new StudioException("The checkpoint " + saved.directory() + " does not belong to the run at " + run
                    + " (" + what + "), so it is not resumed there. Resume a checkpoint inside its own run folder.");
        }
        long named = Long.parseLong(step.group(1));
        if (named != saved.progress().step()) {
            throw new StudioException("The checkpoint " + saved.directory() + " is named step " + named
                    + " but its state.json says step " + saved.progress().step()
                    + "; it was renamed or copied over another, so it is not resumed.");
        }
        return run;
    }

    private static StudioException notInRun(Path checkpoint, String why) {
        return new StudioException("The checkpoint " + checkpoint + " is not inside a run (" + why + "; a run keeps "
                + "its checkpoints in RUN/" + CHECKPOINTS + "/step-N next to RUN/config.json), so resuming it would "
                + "have nowhere safe to write. Open it for samples, or copy its whole run folder to resume it.");
    }
}
