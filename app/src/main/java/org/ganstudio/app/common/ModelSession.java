package org.ganstudio.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;

/**
 * A studio's open model: the installed models of one family, the one model open at a time, and the one thread every
 * call to it runs on (an engine model serves one thread at a time). Choosing a model opens it off the UI thread; a
 * later choice wins over an earlier one still opening; a folder chosen by hand joins the list only once it opened,
 * and while it fails the model already open stays open. Properties change on the UI thread only.
 *
 * @param <M> what the engine opens a model as (an {@code ImageGenerator}, a {@code MultiScaleSampler})
 */
public final class ModelSession<M extends AutoCloseable> {

    private final StudioEngine engine;
    private final ModelFamily family;
    private final Function<Path, M> opener;
    private final String noModels;
    private final Executor modelThread;
    private final ExecutorService ownedThread;
    private final Executor ui;
    private final BackgroundTasks tasks;
    private final ObservableList<InstalledModel> models = FXCollections.observableArrayList();
    private final ObjectProperty<InstalledModel> selectedModel = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<M> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Consumer<M> onReplaced = old -> { };
    private volatile M current;
    private InstalledModel requested;
    private long openTicket;
    private boolean activated;
    private volatile boolean closed;

    /**
     * A session with its own model thread named {@code threadName}, answering on the JavaFX thread.
     *
     * @param opener opens a folder as the model (e.g. {@code engine::openGenerator}); runs on the model thread
     * @param noModels what the studio says when no model of the family is installed
     */
    public static <M extends AutoCloseable> ModelSession<M> owned(StudioEngine engine, ModelFamily family,
            Function<Path, M> opener, String noModels, String threadName) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        return new ModelSession<>(engine, family, opener, noModels, thread, Platform::runLater, thread);
    }

    /** A session over the given executors: {@code modelThread} must run one thing at a time (tests). */
    public static <M extends AutoCloseable> ModelSession<M> over(StudioEngine engine, ModelFamily family,
            Function<Path, M> opener, String noModels, Executor modelThread, Executor ui) {
        return new ModelSession<>(engine, family, opener, noModels, modelThread, ui, null);
    }

    private ModelSession(StudioEngine engine, ModelFamily family, Function<Path, M> opener, String noModels,
            Executor modelThread, Executor ui, ExecutorService owned) {
        this.engine = engine;
        this.family = family;
        this.opener = opener;
        this.noModels = noModels;
        this.modelThread = modelThread;
        this.ownedThread = owned;
        this.ui = ui;
        this.tasks = new BackgroundTasks(modelThread, ui);
        selectedModel.addListener((obs, old, now) -> {
            if (now != null && (requested == null || !requested.directory().equals(now.directory()))) {
                open(now);
            }
        });
    }

    /** Called on the UI thread with a model that another one replaced, before it is closed (to forget what was known of it). */
    public void onReplaced(Consumer<M> forget) {
        this.onReplaced = forget;
    }

    public StudioEngine engine() {
        return engine;
    }

    /** Work on the model thread, answered on the UI thread. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    public Executor ui() {
        return ui;
    }

    /** Whether this session made its model thread (and so may make others of its own). */
    public boolean ownsItsThread() {
        return ownedThread != null;
    }

    /** A runner for interactive work on the model thread: only the newest request waits. */
    public <R> LatestOnlyRunner<R> runner(Consumer<R> onResult, Consumer<String> onError) {
        return new LatestOnlyRunner<>(modelThread, ui, onResult, onError);
    }

    /** The first time a studio of the session is shown: list the installed models and open the first. */
    public void activate() {
        if (!activated) {
            activated = true;
            refreshModels();
        }
    }

    public void refreshModels() {
        tasks.run(() -> engine.installedModels(family), found -> {
            List<InstalledModel> byHand = models.stream()
                    .filter(m -> found.stream().noneMatch(f -> f.directory().equals(m.directory()))).toList();
            models.setAll(found);
            models.addAll(byHand);
            if (models.isEmpty() && current == null) {
                problem.set(noModels);
            } else if (selectedModel.get() == null) {
                selectedModel.set(models.get(0));
            }
        }, problem::set);
    }

    /** Opens a model or checkpoint folder chosen by hand; it joins the list once it opened. */
    public void openModelFolder(Path folder) {
        InstalledModel entry = models.stream().filter(m -> m.directory().equals(folder)).findFirst().orElse(null);
        if (entry == null) {
            String name = String.valueOf(folder.getFileName());
            entry = new InstalledModel(name, family, folder, name, folder.toString());
        }
        if (entry.equals(selectedModel.get())) {
            open(entry);
        } else if (models.contains(entry)) {
            selectedModel.set(entry);
        } else {
            open(entry); // listed only when it opens: a folder of another family must not stay in the list
        }
    }

    private void open(InstalledModel chosen) {
        long ticket = ++openTicket;
        requested = chosen;
        opening.set(true);
        problem.set("");
        tasks.run(() -> opener.apply(chosen.directory()), opened -> {
            if (ticket != openTicket || closed) {
                modelThread.execute(() -> closeQuietly(opened)); // a later choice won
                return;
            }
            opening.set(false);
            if (!models.contains(chosen)) {
                models.add(chosen);
            }
            if (!chosen.equals(selectedModel.get())) {
                selectedModel.set(chosen);
            }
            install(opened);
        }, error -> {
            if (ticket == openTicket) {
                opening.set(false);
                if (models.contains(chosen)) {
                    requested = null; // choosing it again tries again
                    install(null);
                } else {
                    requested = selectedModel.get(); // a folder chosen by hand: the open model stays open
                }
                problem.set("Cannot open " + chosen.title() + ": " + error);
            }
        });
    }

    private void install(M opened) {
        M old = current;
        current = opened;
        model.set(opened);
        if (old != null) {
            onReplaced.accept(old);
            modelThread.execute(() -> closeQuietly(old)); // after the work already queued for it
        }
    }

    private static void closeQuietly(AutoCloseable m) {
        try {
            m.close();
        } catch (Exception e) {
            // a model that fails to close has nothing left to give
        }
    }

    /** True while {@code m} is the open model; work for a model no longer open is skipped. */
    public boolean isCurrent(M m) {
        return m != null && m == current;
    }

    /** The open model as the model thread sees it (volatile); null while none is. */
    public M current() {
        return current;
    }

    /** Closes the open model after the work queued for it; safe from any thread. */
    public void shutdown() {
        closed = true;
        M open = current;
        current = null;
        if (open != null) {
            modelThread.execute(() -> closeQuietly(open));
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

    /** The open model; null while none is. */
    public ReadOnlyObjectProperty<M> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Why no model is open (none installed, it failed to open); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
