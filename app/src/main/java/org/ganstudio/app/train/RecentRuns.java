package org.ganstudio.app.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The run folders used last, newest first (five at most), kept in a small JSON file so the Train panel can offer
 * the last run after a restart; and where new runs go. Tests give their own folders, so nothing touches the real
 * home.
 */
public final class RecentRuns {

    static final int KEPT = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path runsRoot;

    /**
     * @param file the JSON file; null keeps the list in memory only
     * @param runsRoot the folder new runs get their generated folders in
     */
    public RecentRuns(Path file, Path runsRoot) {
        this.file = file;
        this.runsRoot = runsRoot;
    }

    /** The person's own: runs under ~/GANStudio/runs, the list in the user's config folder. */
    public static RecentRuns forUser() {
        String home = System.getProperty("user.home");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String appData = System.getenv("APPDATA");
        Path config = appData != null && !appData.isBlank() ? Path.of(appData, "GAN Studio")
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "gan-studio") : Path.of(home, ".config", "gan-studio");
        return new RecentRuns(config.resolve("recent-runs.json"), Path.of(home, "GANStudio", "runs"));
    }

    /** Only in memory, with runs under ~/GANStudio/runs (what a panel without settings uses). */
    public static RecentRuns inMemory() {
        return new RecentRuns(null, Path.of(System.getProperty("user.home"), "GANStudio", "runs"));
    }

    Path runsRoot() {
        return runsRoot;
    }

    private final List<Path> remembered = new ArrayList<>();

    /** The remembered folders that still exist, newest first; vanished ones are forgotten quietly. */
    public synchronized List<Path> folders() {
        List<Path> all = new ArrayList<>(read());
        boolean vanished = all.removeIf(folder -> !Files.isDirectory(folder));
        if (vanished) {
            write(all);
        }
        return List.copyOf(all);
    }

    /** Puts {@code folder} first. */
    public synchronized void remember(Path folder) {
        List<Path> all = new ArrayList<>(read());
        Path absolute = folder.toAbsolutePath().normalize();
        all.remove(absolute);
        all.add(0, absolute);
        write(all.subList(0, Math.min(KEPT, all.size())));
    }

    private List<Path> read() {
        if (file == null) {
            return remembered;
        }
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            return Arrays.stream(JSON.readValue(file.toFile(), String[].class)).map(Path::of).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged list is only a convenience lost
        }
    }

    private void write(List<Path> folders) {
        List<Path> copy = List.copyOf(folders);
        if (file == null) {
            remembered.clear();
            remembered.addAll(copy);
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(),
                    copy.stream().map(Path::toString).toArray(String[]::new));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not being remembered must never stop a run
        }
    }
}
