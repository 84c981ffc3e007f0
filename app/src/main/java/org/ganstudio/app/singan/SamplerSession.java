package org.ganstudio.app.singan;

import java.nio.file.Path;
import java.util.List;
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
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The SinGAN studio's model: the installed SinGAN models, the one open {@link MultiScaleSampler} and the one thread
 * every call to it runs on (as {@code GeneratorSession} does for a DCGAN). Properties change on the UI thread only.
 */
public final class SamplerSession {

    static final String NO_MODELS = "No SinGAN model is installed yet. Train one on a picture in the Train studio, "
            + "or open a model or checkpoint folder with \u201cOpen model\u2026\u201d.";

    private final StudioEngine engine;
    private final Executor samplerThread;
    private final ExecutorService ownedThread;
    private final Executor ui;
    private final BackgroundTasks tasks;
    private final ObservableList<InstalledModel> models = FXCollections.observableArrayList();
    private final ObjectProperty<InstalledModel> selectedModel = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MultiScaleSampler> sampler = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private volatile MultiScaleSampler current;
    private InstalledModel requested;
    private long openTicket;
    private boolean activated;
    private volatile boolean closed;

    /** A session with its own sampler thread, answering on the JavaFX thread. */
    public SamplerSession(StudioEngine engine) {
        this(engine, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "singan-sampler");
            t.setDaemon(true);
            return t;
        }), Platform::runLater, true);
    }

    /** A session over the given executors: {@code samplerThread} must run one thing at a time (tests). */
    public SamplerSession(StudioEngine engine, Executor samplerThread, Executor ui) {
        this(engine, samplerThread, ui, false);
    }

    private SamplerSession(StudioEngine engine, Executor samplerThread, Executor ui, boolean owned) {
        this.engine = engine;
        this.samplerThread = samplerThread;
        this.ownedThread = owned ? (ExecutorService) samplerThread : null;
        this.ui = ui;
        this.tasks = new BackgroundTasks(samplerThread, ui);
        selectedModel.addListener((obs, old, now) -> {
            if (now != null && (requested == null || !requested.directory().equals(now.directory()))) {
                open(now);
            }
        });
    }

    /** Work on the sampler thread, answered on the UI thread. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Runs on the UI thread (for progress reported from the sampler thread). */
    Executor ui() {
        return ui;
    }

    /** A runner for interactive work on the sampler thread: only the newest request waits. */
    public <R> LatestOnlyRunner<R> runner(Consumer<R> onResult, Consumer<String> onError) {
        return new LatestOnlyRunner<>(samplerThread, ui, onResult, onError);
    }

    /** The first time the studio is shown: list the installed models and open the first. */
    public void activate() {
        if (!activated) {
            activated = true;
            refreshModels();
        }
    }

    public void refreshModels() {
        tasks.run(() -> engine.installedModels(ModelFamily.SINGAN), found -> {
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

    /** Opens a model or checkpoint folder chosen by hand; it joins the list once it opened. */
    public void openModelFolder(Path folder) {
        InstalledModel entry = models.stream().filter(m -> m.directory().equals(folder)).findFirst().orElse(null);
        if (entry == null) {
            String name = String.valueOf(folder.getFileName());
            entry = new InstalledModel(name, ModelFamily.SINGAN, folder, name, folder.toString());
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
        tasks.run(() -> engine.openMultiScaleSampler(chosen.directory()), opened -> {
            if (ticket != openTicket || closed) {
                samplerThread.execute(opened::close); // a later choice won
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

    private void install(MultiScaleSampler opened) {
        MultiScaleSampler old = current;
        current = opened;
        sampler.set(opened);
        if (old != null) {
            samplerThread.execute(old::close); // after the work already queued for it
        }
    }

    /** True while {@code s} is the open sampler; work for a sampler no longer open is dropped. */
    public boolean isCurrent(MultiScaleSampler s) {
        return s != null && s == current;
    }

    /** Closes the open sampler after the work queued for it; safe from any thread. */
    public void shutdown() {
        closed = true;
        MultiScaleSampler open = current;
        current = null;
        if (open != null) {
            samplerThread.execute(open::close);
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

    /** The open sampler; null while none is. */
    public ReadOnlyObjectProperty<MultiScaleSampler> samplerProperty() {
        return sampler.getReadOnlyProperty();
    }

    public MultiScaleSampler sampler() {
        return sampler.get();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Why no model is open (none installed, it failed to open); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
