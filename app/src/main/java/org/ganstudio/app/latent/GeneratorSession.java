package org.ganstudio.app.latent;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The DCGAN the Latent and Arithmetic studios share: the installed models, the one open {@link ImageGenerator},
 * the one thread every call to it runs on (a generator serves one thread at a time), its principal directions
 * (found once per opened model) and the bookmarks of the session. Choosing a model in either studio opens it for
 * both. Properties change on the UI thread only.
 */
public final class GeneratorSession {

    static final String NO_MODELS = "No DCGAN model is installed yet. Train one in the Train studio, or open a "
            + "model or checkpoint folder with \u201cOpen model\u2026\u201d.";

    private final StudioEngine engine;
    private final Executor generatorThread;
    private final ExecutorService ownedThread;
    private final Executor ui;
    private final BackgroundTasks tasks;
    private final BackgroundTasks searches;
    private final ObservableList<InstalledModel> models = FXCollections.observableArrayList();
    private final ObjectProperty<InstalledModel> selectedModel = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImageGenerator> generator = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<LatentBookmark> bookmarks = FXCollections.observableArrayList();
    private final Map<ImageGenerator, List<LatentDirection>> principal = new IdentityHashMap<>();
    private volatile ImageGenerator current;
    private InstalledModel requested;
    private long openTicket;
    private boolean activated;
    private volatile boolean closed;

    /** A session with its own generator thread, answering on the JavaFX thread. */
    public GeneratorSession(StudioEngine engine) {
        this(engine, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "latent-generator");
            t.setDaemon(true);
            return t;
        }), Platform::runLater, true);
    }

    /** A session over the given executors: {@code generatorThread} must run one thing at a time (tests). */
    public GeneratorSession(StudioEngine engine, Executor generatorThread, Executor ui) {
        this(engine, generatorThread, ui, false);
    }

    private GeneratorSession(StudioEngine engine, Executor generatorThread, Executor ui, boolean owned) {
        this.engine = engine;
        this.generatorThread = generatorThread;
        this.ownedThread = owned ? (ExecutorService) generatorThread : null;
        this.ui = ui;
        this.tasks = new BackgroundTasks(generatorThread, ui);
        this.searches = owned ? new BackgroundTasks() : tasks;
        selectedModel.addListener((obs, old, now) -> {
            if (now != null && (requested == null || !requested.directory().equals(now.directory()))) {
                open(now);
            }
        });
    }

    public StudioEngine engine() {
        return engine;
    }

    /** Work on the generator thread, answered on the UI thread. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /**
     * Engine work that does not use the generator (reading a folder of training images), on a thread of its own so
     * that renders do not wait for it; on the generator's executor when a test gave the executors.
     */
    public BackgroundTasks searches() {
        return searches;
    }

    /** A runner for interactive work on the generator thread: only the newest request waits. */
    public <R> LatestOnlyRunner<R> runner(Consumer<R> onResult, Consumer<String> onError) {
        return new LatestOnlyRunner<>(generatorThread, ui, onResult, onError);
    }

    /** The first time a studio of the session is shown: list the installed models and open the first. */
    public void activate() {
        if (!activated) {
            activated = true;
            refreshModels();
        }
    }

    public void refreshModels() {
        tasks.run(() -> engine.installedModels(ModelFamily.DCGAN), found -> {
            List<InstalledModel> byHand = models.stream()
                    .filter(m -> found.stream().noneMatch(f -> f.directory().equals(m.directory()))).toList();
            models.setAll(found);
            models.addAll(byHand);
            if (models.isEmpty() && current == null) {
                problem.set(NO_MODELS);
            } else if (selectedModel.get() == null) {
                selectedModel.set(models.get(0));
            }
        }, problem::set);
    }

    /** Opens a model or checkpoint folder chosen by hand and adds it to the list. */
    public void openModelFolder(Path folder) {
        InstalledModel entry = models.stream().filter(m -> m.directory().equals(folder)).findFirst().orElse(null);
        if (entry == null) {
            entry = new InstalledModel(String.valueOf(folder.getFileName()), ModelFamily.DCGAN, folder,
                    String.valueOf(folder.getFileName()), folder.toString());
            models.add(entry);
        }
        if (entry.equals(selectedModel.get())) {
            open(entry);
        } else {
            selectedModel.set(entry);
        }
    }

    private void open(InstalledModel chosen) {
        long ticket = ++openTicket;
        requested = chosen;
        opening.set(true);
        problem.set("");
        tasks.run(() -> engine.openGenerator(chosen.directory()), opened -> {
            if (ticket != openTicket || closed) {
                generatorThread.execute(opened::close); // a later choice won
                return;
            }
            opening.set(false);
            install(opened);
        }, error -> {
            if (ticket == openTicket) {
                requested = null; // choosing it again tries again
                opening.set(false);
                install(null);
                problem.set("Cannot open " + chosen.title() + ": " + error);
            }
        });
    }

    private void install(ImageGenerator opened) {
        ImageGenerator old = current;
        current = opened;
        generator.set(opened);
        if (old != null) {
            principal.remove(old);
            generatorThread.execute(old::close); // after the work already queued for it
        }
    }

    /** True while {@code g} is the open generator; work for a generator no longer open is skipped. */
    public boolean isCurrent(ImageGenerator g) {
        return g != null && g == current;
    }

    /**
     * The principal directions of the open generator, found once per opened model on the generator thread.
     *
     * @param onFound called on the UI thread, unless the model changed meanwhile
     */
    public void principalDirections(int count, int samples, Consumer<List<LatentDirection>> onFound,
            Consumer<String> onError) {
        ImageGenerator g = current;
        if (g == null) {
            return;
        }
        List<LatentDirection> known = principal.get(g);
        if (known != null) {
            onFound.accept(known);
            return;
        }
        tasks.run(() -> isCurrent(g) ? g.principalDirections(count, samples, 1L) : null, found -> {
            if (found != null && isCurrent(g)) {
                principal.put(g, List.copyOf(found));
                onFound.accept(found);
            }
        }, onError);
    }

    /** Closes the open generator after the work queued for it; safe from any thread. */
    public void shutdown() {
        closed = true;
        ImageGenerator open = current;
        current = null;
        if (open != null) {
            generatorThread.execute(open::close);
        }
        if (ownedThread != null) {
            ownedThread.shutdown();
        }
    }

    public ObservableList<InstalledModel> models() {
        return models;
    }

    public ObjectProperty<InstalledModel> selectedModelProperty() {
        return selectedModel;
    }

    /** The open generator; null while none is. */
    public ReadOnlyObjectProperty<ImageGenerator> generatorProperty() {
        return generator.getReadOnlyProperty();
    }

    public ImageGenerator generator() {
        return generator.get();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Why no model is open (none installed, it failed to open); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Every bookmark of the session, of every model; each studio shows those of the open model. */
    public ObservableList<LatentBookmark> bookmarks() {
        return bookmarks;
    }

    /** Adds a bookmark, replacing one of the same model with the same name. */
    public void addBookmark(LatentBookmark bookmark) {
        bookmarks.removeIf(b -> b.modelId().equals(bookmark.modelId()) && b.name().equals(bookmark.name()));
        bookmarks.add(bookmark);
    }
}
